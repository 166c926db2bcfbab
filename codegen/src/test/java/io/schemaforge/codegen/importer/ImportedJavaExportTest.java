package io.schemaforge.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.java.JavaExportOptions;
import io.schemaforge.codegen.java.JavaSourcesExporter;
import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.OnDelete;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Imported tables JPA cannot map (no primary key, as in Spring Batch) are left out of the Java
 * export with a notice; the rest exports, without associations to the tables left out. A composite
 * key (as in Quartz) gets an {@code @IdClass}.
 */
class ImportedJavaExportTest {

  @Test
  void tablesWithoutAKeyAreSkippedWithANoticeAndCompositeKeysGetAnIdClass() {
    DbSchema catalog =
        new DbSchema(
            List.of(
                new DbTable(
                    "t:job",
                    "job",
                    null,
                    List.of(col("job", "id"), col("job", "name")),
                    new DbPrimaryKey("job_pkey", List.of("t:job.id")),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()),
                new DbTable(
                    "t:job_params",
                    "job_params",
                    null,
                    List.of(col("job_params", "job_id"), col("job_params", "name")),
                    null,
                    List.of(
                        new DbForeignKey(
                            "fk",
                            "job_params_fk",
                            List.of("t:job_params.job_id"),
                            "t:job",
                            List.of("t:job.id"),
                            OnDelete.NO_ACTION)),
                    List.of(),
                    List.of(),
                    List.of()),
                new DbTable(
                    "t:locks",
                    "locks",
                    null,
                    List.of(col("locks", "sched"), col("locks", "lock_name")),
                    new DbPrimaryKey("locks_pkey", List.of("t:locks.sched", "t:locks.lock_name")),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of())));
    Model model = new ModelFromCatalog(Dialect.POSTGRES).build(catalog, "batch").model();
    JavaSourcesExporter exporter = new JavaSourcesExporter();
    JavaExportOptions options = JavaExportOptions.defaults();

    List<GeneratedFile> files = exporter.export(model.schema(), options);

    assertThat(files).extracting(f -> f.path().getFileName().toString()).contains("Job.java");
    assertThat(files)
        .extracting(f -> f.path().getFileName().toString())
        .noneMatch(n -> n.startsWith("JobParam"))
        .contains("Lock.java", "LockId.java", "LockCreate.java", "LockMapper.java");
    String lock =
        files.stream()
            .filter(f -> f.path().getFileName().toString().equals("Lock.java"))
            .findFirst()
            .orElseThrow()
            .content();
    assertThat(lock).contains("@IdClass(LockId.class)");
    // both key columns are @Id fields of the entity itself
    assertThat(lock.split("@Id\n", -1)).hasSize(3);
    String job =
        files.stream()
            .filter(f -> f.path().getFileName().toString().equals("Job.java"))
            .findFirst()
            .orElseThrow()
            .content();
    assertThat(job).doesNotContain("JobParam");
    assertThat(exporter.skipped(model.schema(), options))
        .containsExactly(
            "no Java class for JobParam (table job_params): it has no primary key, and JPA needs"
                + " one to identify a row; its migrations are exported");
  }

  private static DbColumn col(String table, String name) {
    return new DbColumn(
        "t:" + table + "." + name,
        name,
        ColumnType.of(LogicalType.BIGINT),
        false,
        null,
        false,
        null);
  }
}
