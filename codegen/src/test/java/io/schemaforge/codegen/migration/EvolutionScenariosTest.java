package io.schemaforge.codegen.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemaforge.codegen.catalog.CatalogComparison;
import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.export.DestructiveChangeException;
import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.physical.PhysicalSchemaBuilder;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The product's promise, end to end on every database we claim: export V1 of the blog example, put
 * rows in, then evolve the model step by step (renames, new columns, a wider and a changed type, a
 * new foreign key, enums, a many-to-many, a confirmed drop), exporting V2, V3, ... and applying
 * each with Flyway to the same database. After every step Flyway validate passes, the catalog
 * matches the model, and the rows inserted at the start are still there.
 */
class EvolutionScenariosTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();
  @TempDir Path project;

  private CommandStack stack;
  private TestDatabase db;
  private final List<String> files = new ArrayList<>();

  @ParameterizedTest
  @EnumSource(names = {"POSTGRES", "MARIADB", "H2", "SQLITE"})
  void everyStepMigratesKeepsDataAndMatchesTheModel(TestEngine engine) throws Exception {
    db = databases.create(engine);
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Model blog = ProjectFiles.load(Path.of("../resources/examples/blog.schemaforge.json"));
    stack = new CommandStack(blog);
    stack.execute(ChangeSchemaSettingsCommand.toDialect(blog.schema(), engine.dialect()));

    exportAndMigrate(false);
    assertThat(files.get(0)).startsWith("V1__");
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(
          "insert into users (username, email, password_hash, display_name) values ('ada', 'ada@example.com', 'h', 'Ada')");
      long userId = single(c, "select id from users where username = 'ada'");
      st.execute(
          "insert into posts (title, slug, body, published, author_id) values ('Hello', 'hello', 'First post', false, "
              + userId
              + ")");
      st.execute("insert into tags (name) values ('java')");
      long postId = single(c, "select id from posts where slug = 'hello'");
      // A child row: a table rebuild must not cascade-delete it (SQLite with foreign keys on).
      st.execute(
          "insert into comments (body, post_id, author_id) values ('Nice', "
              + postId
              + ", "
              + userId
              + ")");
    }

    List<BlogEvolution.Step> steps = new BlogEvolution().steps();
    step(steps.get(0));
    assertThat(lastMigration()).contains("rename column").doesNotContain("drop column");
    assertThat(text("select headline from posts where slug = 'hello'")).isEqualTo("Hello");

    step(steps.get(1));
    assertThat(lastMigration()).contains("rename to").doesNotContain("drop table");
    assertThat(text("select name from labels")).isEqualTo("java");

    step(steps.get(2));
    assertThat(count("select count(*) from users where bio is null")).isEqualTo(1);

    step(steps.get(3));
    assertThat(count("select views from posts")).isZero();

    // SQLite stores both as text: there the step changes nothing and writes no migration.
    boolean sqlite = engine == TestEngine.SQLITE;
    step(steps.get(4));
    if (!sqlite) {
      assertThat(lastMigration()).contains("-- SAFE: alter column users.display_name: widen");
    }
    assertThat(text("select display_name from users")).isEqualTo("Ada");

    step(steps.get(5));
    assertThat(count("select views from posts")).isZero();

    step(steps.get(6));
    assertThat(lastMigration()).contains("foreign key");
    assertThat(count("select count(*) from posts where category_id is null")).isEqualTo(1);

    step(steps.get(7));
    assertThat(text("select status from posts")).isEqualTo("DRAFT");

    step(steps.get(8));
    exec("update posts set status = 'ARCHIVED'");
    assertThat(text("select status from posts")).isEqualTo("ARCHIVED");
    exec("update posts set status = 'DRAFT'");

    step(steps.get(9));
    assertThat(text("select status from posts")).isEqualTo("WIP");

    step(steps.get(10));
    assertThat(count("select count(*) from users_categories")).isZero();

    // Dropping a column is DANGER: refused without the confirmation, written with it.
    steps.get(11).edit().apply(stack);
    ExportPlan refused = new ProjectExporter().plan(stack.model(), project, options(false));
    assertThat(refused.hasDangers()).isTrue();
    List<Path> before = migrationFiles();
    assertThatThrownBy(() -> new ProjectExporter().write(refused))
        .isInstanceOf(DestructiveChangeException.class);
    assertThat(migrationFiles()).isEqualTo(before);
    exportAndMigrate(true);
    assertThat(lastMigration()).contains("-- DANGER: drop column users.bio");
    assertThat(text("select username from users")).isEqualTo("ada");
    assertThat(text("select c.body from comments c join posts p on p.id = c.post_id"))
        .isEqualTo("Nice");
    assertThat(files).hasSize(sqlite ? 11 : 13);
  }

  private void step(BlogEvolution.Step step) throws Exception {
    step.edit().apply(stack);
    exportAndMigrate(false, step.changesSqliteSchema() || db.engine() != TestEngine.SQLITE);
  }

  private ExportOptions options(boolean allowDestructive) {
    JdbcTarget server =
        db.engine() == TestEngine.MARIADB
            ? new JdbcTarget("jdbc:mariadb://127.0.0.1:3306/", "root", "")
            : null;
    return new ExportOptions(null, allowDestructive, server);
  }

  private void exportAndMigrate(boolean allowDestructive) throws Exception {
    exportAndMigrate(allowDestructive, true);
  }

  private void exportAndMigrate(boolean allowDestructive, boolean changesSchema) throws Exception {
    ProjectExporter exporter = new ProjectExporter();
    ExportPlan plan;
    try {
      plan = exporter.plan(stack.model(), project, options(allowDestructive));
    } catch (io.schemaforge.codegen.ExportException e) {
      throw new AssertionError(e.getMessage() + "\n" + String.join("\n", e.details()), e);
    }
    assertThat(plan.migrations().added().size())
        .as("a new migration")
        .isEqualTo(changesSchema ? 1 : 0);
    exporter.write(plan);
    plan.migrations().scripts().forEach(m -> files.add(m.path().getFileName().toString()));
    Flyway flyway =
        Flyway.configure()
            .dataSource(db.url(), db.user(), db.password())
            .locations("filesystem:" + project.resolve("src/main/resources/db/migration"))
            .load();
    flyway.migrate();
    flyway.validate();
    try (Connection c = db.connect()) {
      var expected = new PhysicalSchemaBuilder(db.dialect()).build(stack.model().schema());
      var actual = new CatalogReader().read(c, db.dialect());
      assertThat(new CatalogComparison().compare(expected, actual, db.dialect()))
          .as("catalog after " + files.get(files.size() - 1))
          .isEmpty();
    }
  }

  private String lastMigration() throws Exception {
    return Files.readString(
        project.resolve("src/main/resources/db/migration").resolve(files.get(files.size() - 1)));
  }

  private List<Path> migrationFiles() throws Exception {
    try (Stream<Path> s = Files.list(project.resolve("src/main/resources/db/migration"))) {
      return s.sorted().toList();
    }
  }

  private void exec(String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = db.connect()) {
      return single(c, sql);
    }
  }

  private String text(String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getLong(1);
    }
  }
}
