package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.migration.BlogEvolution;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Model;
import io.schemaforge.model.Schema;
import io.schemaforge.projectfile.ProjectFiles;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated entities along the whole evolution of the migrations issue: after V1 and after each
 * step's migration is applied with Flyway, the entities of that step are compiled, Hibernate 6 with
 * {@code hbm2ddl.auto=validate} must accept them against the migrated schema, and every entity with
 * its relationships survives a persist + load (rolled back, so that the steps after it migrate the
 * same rows a user would have). One Hibernate bootstrap per step per engine.
 */
class HibernateEvolutionTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();
  @TempDir Path project;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(names = {"POSTGRES", "MARIADB", "H2"})
  void hibernateAcceptsTheEntitiesAfterEveryEvolutionStep(TestEngine engine) throws Exception {
    TestDatabase db = databases.create(engine);
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Model blog = ProjectFiles.load(ExampleModels.examples().resolve("blog.schemaforge.json"));
    CommandStack stack = new CommandStack(blog);
    stack.execute(ChangeSchemaSettingsCommand.toDialect(blog.schema(), engine.dialect()));
    stack.seal();

    exportMigrateAndValidate(stack, db, 0);
    List<BlogEvolution.Step> steps = new BlogEvolution().steps();
    for (int i = 0; i < steps.size(); i++) {
      steps.get(i).edit().apply(stack);
      exportMigrateAndValidate(stack, db, i + 1);
    }
    assertThat(
            Flyway.configure()
                .dataSource(db.dataSource())
                .locations(location())
                .load()
                .info()
                .applied())
        .hasSize(steps.size() + 1);
  }

  private void exportMigrateAndValidate(CommandStack stack, TestDatabase db, int step)
      throws Exception {
    ProjectExporter exporter = new ProjectExporter();
    ExportPlan plan;
    try {
      plan = exporter.plan(stack.model(), project, new ExportOptions(null, true, server(db)));
    } catch (ExportException e) {
      throw new AssertionError(e.getMessage() + "\n" + String.join("\n", e.details()), e);
    }
    exporter.write(plan);
    Flyway.configure().dataSource(db.dataSource()).locations(location()).load().migrate();

    Schema schema = stack.model().schema();
    List<GeneratedFile> files =
        new JavaSourcesExporter()
            .export(schema, JavaExportOptions.defaults().withDialect(db.dialect()));
    InMemoryCompiler.Result compiled =
        InMemoryCompiler.compile(files, classes.resolve("step" + step));
    try (URLClassLoader loader = compiled.classLoader();
        SessionFactory sf = HibernateRoundTripTest.sessionFactory(schema, compiled, db)) {
      new EntityRoundTrip(schema, compiled).runAndRollBack(sf);
    } catch (RuntimeException e) {
      throw new AssertionError("Hibernate after step " + step + ": " + e.getMessage(), e);
    }
  }

  private String location() {
    return "filesystem:" + project.resolve("src/main/resources/db/migration").toAbsolutePath();
  }

  /** The proof runs on the service the test uses (no embedded PostgreSQL start). */
  private static JdbcTarget server(TestDatabase db) {
    return switch (db.engine()) {
      case POSTGRES -> new JdbcTarget("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
      case MARIADB -> new JdbcTarget("jdbc:mariadb://127.0.0.1:3306/", "root", "");
      default -> null;
    };
  }
}
