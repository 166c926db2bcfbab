package io.schemaforge.codegen.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.catalog.CatalogComparison;
import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.physical.PhysicalSchemaBuilder;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example model, exported for every database in CI (the export proves itself first), then
 * applied with Flyway to a fresh database: validate passes and the catalog matches the model.
 */
class ExampleModelsMigrateTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();
  @TempDir Path project;

  static Stream<Arguments> cases() {
    return Stream.of("blog", "shop", "org-chart")
        .flatMap(
            ex ->
                Stream.of(TestEngine.POSTGRES, TestEngine.MARIADB, TestEngine.H2, TestEngine.SQLITE)
                    .map(e -> Arguments.of(ex, e)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void exportedV1AppliesAndMatchesTheModel(String example, TestEngine engine) throws Exception {
    TestDatabase db = databases.create(engine);
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Model model =
        ProjectFiles.load(Path.of("../resources/examples/" + example + ".schemaforge.json"));
    JdbcTarget server =
        engine == TestEngine.MARIADB
            ? new JdbcTarget("jdbc:mariadb://127.0.0.1:3306/", "root", "")
            : null;
    ProjectExporter exporter = new ProjectExporter();
    ExportPlan plan =
        exporter.plan(model, project, new ExportOptions(engine.dialect(), false, server));
    assertThat(plan.migrations().proof()).startsWith("proven on");
    exporter.write(plan);

    Flyway flyway =
        Flyway.configure()
            .dataSource(db.url(), db.user(), db.password())
            .locations("filesystem:" + project.resolve("src/main/resources/db/migration"))
            .load();
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
    flyway.validate();
    try (Connection c = db.connect()) {
      var expected =
          new PhysicalSchemaBuilder(engine.dialect()).build(retargeted(model, engine).schema());
      assertThat(
              new CatalogComparison()
                  .compare(
                      expected, new CatalogReader().read(c, engine.dialect()), engine.dialect()))
          .isEmpty();
    }
  }

  private static Model retargeted(Model model, TestEngine engine) {
    new io.schemaforge.command.CommandStack(model)
        .execute(
            io.schemaforge.command.ChangeSchemaSettingsCommand.toDialect(
                model.schema(), engine.dialect()));
    return model;
  }
}
