package io.schemaforge.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.migration.MigrationStatement;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.command.AddAttributeCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Ids;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported model continues the project's own history: NiFi Registry's V2 ... V8, imported and
 * exported unchanged, gives no new migration; after one change the export writes V9 with only that
 * change, proven by replaying V2 ... V9.
 */
class ContinuationTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();

  private static final JdbcTarget SERVER =
      new JdbcTarget("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");

  @Test
  void importedNifiHistoryContinuesWithV9HoldingOnlyTheChange(@TempDir Path project)
      throws Exception {
    CorpusCase nifi =
        CorpusCase.all().stream().filter(c -> c.name().equals("nifi-registry")).findFirst().get();
    Path migrations = project.resolve("src/main/resources/db/migration");
    Files.createDirectories(migrations);
    TestDatabase source = databases.create(TestEngine.POSTGRES);
    try (Connection conn = source.connect();
        Statement s = conn.createStatement()) {
      for (Path f : nifi.files()) {
        Files.copy(f, migrations.resolve(f.getFileName()));
        s.execute(Files.readString(f));
      }
    }
    Model model;
    try (Connection conn = source.connect()) {
      model =
          new ModelFromCatalog(Dialect.POSTGRES)
              .build(new CatalogReader().read(conn, Dialect.POSTGRES), "nifi")
              .model();
    }
    ProjectExporter exporter = new ProjectExporter();
    ExportOptions options = new ExportOptions(Dialect.POSTGRES, false, SERVER);

    ExportPlan unchanged = exporter.plan(model, project, options);
    assertThat(unchanged.migrations().statements())
        .extracting(MigrationStatement::summary)
        .isEmpty();
    assertThat(unchanged.migrations().added()).isEmpty();
    assertThat(unchanged.migrations().proof()).startsWith("proven");
    exporter.write(unchanged); // records the export state: the history is now known

    Entity bucket =
        model.schema().entities().stream()
            .filter(e -> e.tableName().equals("bucket"))
            .findFirst()
            .orElseThrow();
    new CommandStack(model)
        .execute(
            new AddAttributeCommand(
                bucket.id(),
                bucket.attributes().size(),
                Attribute.builder(Ids.newId("att"), "ownerNote", "owner_note", LogicalType.STRING)
                    .length(100)
                    .build()));
    ExportPlan changed = exporter.plan(model, project, options);
    assertThat(changed.migrations().versions()).isEqualTo("V9");
    assertThat(changed.migrations().statements())
        .extracting(MigrationStatement::summary)
        .singleElement()
        .asString()
        .contains("owner_note");
    assertThat(changed.migrations().proof()).startsWith("proven");
    exporter.write(changed);
    try (Stream<Path> files = Files.list(migrations)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).hasSize(8).anyMatch(n -> n.startsWith("V9__"));
      assertThat(names.stream().filter(n -> n.startsWith("V9__")).findFirst().orElseThrow())
          .endsWith(".sql");
    }
  }
}
