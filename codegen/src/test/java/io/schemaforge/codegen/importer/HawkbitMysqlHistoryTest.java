package io.schemaforge.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * hawkBit's 37-step MySQL migration history (fetched from Maven Central by the build): a long
 * history of {@code MODIFY}, {@code CHANGE}, foreign keys dropped and re-created. Imported with
 * {@code --jdbc} on the MariaDB service, and without a server through jOOQ's interpreter; each
 * result is compared with the facts read from MariaDB 10.11 after the same scripts, then exported
 * as V1 for MariaDB and PostgreSQL, migrated with Flyway into fresh databases and compared again.
 */
class HawkbitMysqlHistoryTest {
  private static final Path MYSQL = Path.of("target/corpus/hawkbit/db/migration/MYSQL");
  private static final String MARIADB_SERVER =
      "jdbc:mariadb://" + System.getProperty("sf.test.mariadb", "127.0.0.1:3306") + "/";
  private static final JdbcTarget MARIADB = new JdbcTarget(MARIADB_SERVER, "root", "");
  private static final JdbcTarget POSTGRES =
      new JdbcTarget("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");

  /**
   * The statements of the history jOOQ's parser or interpreter cannot handle, after {@code
   * MysqlAlterClauses}: a multi-table UPDATE (data only) and dropping the indexes MySQL created by
   * itself for foreign keys, which jOOQ's interpreter never creates.
   */
  private static final String[] KNOWN_INTERPRETER_GAPS = {
    "V1_2_0__update_target_info_for_message___MYSQL.sql:6",
    "V1_4_0__cascade_delete___MYSQL.sql:9",
    "V1_4_0__cascade_delete___MYSQL.sql:17",
    "V1_4_0__cascade_delete___MYSQL.sql:25",
    "V1_4_0__cascade_delete___MYSQL.sql:47"
  };

  @RegisterExtension final TestDatabases databases = new TestDatabases();
  @TempDir Path mariadbProject;
  @TempDir Path postgresProject;

  @Test
  void replayedOnMariadbTheHistoryKeepsItsFactsThroughAnExportToEitherEngine() throws Exception {
    // Created first so the test fails (CI) or skips before anything else when MariaDB is down.
    TestDatabase mariadbTarget = databases.create(TestEngine.MARIADB);
    long t0 = System.nanoTime();
    ProjectImporter.Result result =
        new ProjectImporter()
            .importModel(new ImportOptions(List.of(MYSQL), null, MARIADB, "hawkbit"));
    System.out.printf(
        "CORPUS hawkbit-mysql (--jdbc MariaDB): imported in %d ms%n",
        (System.nanoTime() - t0) / 1_000_000);
    result.imported().findings().forEach(f -> System.out.println("  " + f.describe()));

    assertThat(result.schema().history()).hasSize(37);
    assertThat(result.schema().dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(result.imported().findings())
        .filteredOn(f -> f.severity() == ImportFinding.Severity.ERROR)
        .isEmpty();
    KeyFacts expected = KeyFacts.groundTruth("hawkbit-0.3.0M7-mysql");
    assertThat(KeyFacts.of(result.schema().schema())).isEqualTo(expected);

    Model model = result.imported().model();
    // 25 tables: 22 entities and the three two-column link tables as many-to-many relationships
    assertThat(model.schema().entities()).hasSize(22);
    assertThat(model.schema().relationships())
        .filteredOn(r -> r.kind() == io.schemaforge.model.RelationshipKind.MANY_TO_MANY)
        .extracting(r -> r.joinTable().tableName())
        .containsExactlyInAnyOrder("sp_ds_dstag", "sp_ds_module", "sp_target_target_tag");
    // The model orders a key by its attributes: a key declared out of column order (three
    // hawkBit tables, each reported) is exported in column order, so those compare as sets.
    Set<String> reordered =
        result.imported().findings().stream()
            .filter(f -> f.message().contains("not in column order"))
            .map(ImportFinding::element)
            .collect(Collectors.toSet());
    assertThat(reordered)
        .containsExactlyInAnyOrder("sp_ds_metadata", "sp_rollouttargetgroup", "sp_target_metadata");
    KeyFacts onMariadb = exportAndMigrate(model, Dialect.MARIADB, mariadbTarget, mariadbProject);
    assertThat(onMariadb.withKeysAsSets(reordered)).isEqualTo(expected.withKeysAsSets(reordered));
    KeyFacts onPostgres =
        exportAndMigrate(
            model, Dialect.POSTGRES, databases.create(TestEngine.POSTGRES), postgresProject);
    // PostgreSQL folds what MariaDB keeps (sp_ds_dstag.TAG, rolloutGroup_Id): compared folded.
    assertThat(onPostgres.lowerCase().withKeysAsSets(reordered))
        .isEqualTo(expected.lowerCase().withKeysAsSets(reordered));
  }

  @Test
  void withoutAServerTheInterpreterBuildsTheSameTablesAndNamesWhatItCannotApply() throws Exception {
    long t0 = System.nanoTime();
    ProjectImporter.Result result =
        new ProjectImporter().importModel(new ImportOptions(List.of(MYSQL), null, null, "hawkbit"));
    System.out.printf(
        "CORPUS hawkbit-mysql (jOOQ interpreter): imported in %d ms%n",
        (System.nanoTime() - t0) / 1_000_000);
    List<ImportFinding> findings = result.imported().findings();
    findings.forEach(f -> System.out.println("  " + f.describe()));

    assertThat(result.schema().history()).hasSize(37);
    assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("no mysql server given"));
    // Every statement the interpreter could not apply is named by file and line.
    assertThat(findings)
        .filteredOn(f -> f.severity() == ImportFinding.Severity.ERROR)
        .allSatisfy(
            f -> {
              assertThat(f.file()).startsWith(MYSQL.toString()).endsWith("MYSQL.sql");
              assertThat(f.line()).isPositive();
            });
    KeyFacts expected = KeyFacts.groundTruth("hawkbit-0.3.0M7-mysql");
    KeyFacts interpreted = KeyFacts.of(result.schema().schema());
    assertThat(interpreted.columnCounts()).isEqualTo(expected.columnCounts());
    assertThat(interpreted.primaryKeys()).isEqualTo(expected.primaryKeys());
    // jOOQ's Meta keeps no ON DELETE action (the warning above says so): keys compared without.
    assertThat(interpreted.foreignKeysWithoutActions())
        .isEqualTo(expected.foreignKeysWithoutActions());
    // Column by column, by name: the renames (CHANGE old new) were applied. The PostgreSQL
    // baseline ends at the same schema (HawkbitEntitiesReconcileTest), with names folded.
    Map<String, List<String>> names = new TreeMap<>();
    for (DbTable t : result.schema().schema().tables()) {
      names.put(
          t.name(),
          t.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList());
    }
    Map<String, List<String>> expectedNames = new TreeMap<>();
    SchemaFacts.groundTruth("hawkbit-0.3.0M7-postgres")
        .columns()
        .forEach(
            (t, cols) ->
                expectedNames.put(t, cols.stream().map(c -> c.split("\\|")[0]).sorted().toList()));
    assertThat(names).isEqualTo(expectedNames);
    // What is left is what jOOQ cannot do at all; each is named above by file and line.
    assertThat(findings)
        .filteredOn(f -> f.severity() == ImportFinding.Severity.ERROR)
        .extracting(f -> Path.of(f.file()).getFileName() + ":" + f.line())
        .containsExactlyInAnyOrder(KNOWN_INTERPRETER_GAPS);
  }

  private KeyFacts exportAndMigrate(Model model, Dialect dialect, TestDatabase db, Path project)
      throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    ProjectExporter exporter = new ProjectExporter();
    ExportPlan plan =
        exporter.plan(
            model,
            project,
            new ExportOptions(dialect, false, dialect == Dialect.POSTGRES ? POSTGRES : MARIADB));
    assertThat(plan.migrations().versions()).isEqualTo("V1");
    assertThat(plan.migrations().proof()).startsWith("proven");
    exporter.write(plan);
    Flyway.configure()
        .dataSource(db.dataSource())
        .locations(
            "filesystem:" + project.resolve("src/main/resources/db/migration").toAbsolutePath())
        .load()
        .migrate();
    try (Connection c = db.connect()) {
      return dialect == Dialect.POSTGRES
          ? KeyFacts.of(SchemaFacts.read(c))
          : KeyFacts.readMariadb(c);
    }
  }
}
