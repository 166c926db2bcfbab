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
import io.schemaforge.command.AddAttributeCommand;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.Command;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.DeleteAttributeCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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

    step(
        () -> change("ent_post", "att_post_title", b -> b.name("headline").columnName("headline")));
    assertThat(lastMigration()).contains("rename column").doesNotContain("drop column");
    assertThat(text("select headline from posts where slug = 'hello'")).isEqualTo("Hello");

    step(() -> new RenameEntityCommand("ent_tag", "Label", "labels"));
    assertThat(lastMigration()).contains("rename to").doesNotContain("drop table");
    assertThat(text("select name from labels")).isEqualTo("java");

    step(
        () ->
            new AddAttributeCommand(
                "ent_user",
                -1,
                Attribute.builder("att_user_bio", "bio", "bio", LogicalType.TEXT).build()));
    assertThat(count("select count(*) from users where bio is null")).isEqualTo(1);

    step(
        () ->
            new AddAttributeCommand(
                "ent_post",
                -1,
                Attribute.builder("att_post_views", "views", "views", LogicalType.INT)
                    .nullable(false)
                    .defaultValue("0")
                    .build()));
    assertThat(count("select views from posts")).isZero();

    // SQLite stores both as text: there the step changes nothing and writes no migration.
    boolean sqlite = engine == TestEngine.SQLITE;
    step(() -> change("ent_user", "att_user_display_name", b -> b.length(200)), !sqlite);
    if (!sqlite) {
      assertThat(lastMigration()).contains("-- SAFE: alter column users.display_name: widen");
    }
    assertThat(text("select display_name from users")).isEqualTo("Ada");

    step(() -> change("ent_post", "att_post_views", b -> b.type(LogicalType.BIGINT)), !sqlite);
    assertThat(count("select views from posts")).isZero();

    AddEntityCommand category = AddEntityCommand.withIdKey("Category", 900, 40);
    stack.execute(category);
    stack.seal();
    AddRelationshipCommand toPosts =
        AddRelationshipCommand.between(
            stack.model(), RelationshipKind.ONE_TO_MANY, category.entityId(), "ent_post");
    stack.execute(toPosts);
    stack.seal();
    step(
        () ->
            new ChangeRelationshipCommand(
                stack
                    .model()
                    .schema()
                    .requireRelationship(toPosts.relationshipId())
                    .withRequired(false)));
    assertThat(lastMigration()).contains("foreign key");
    assertThat(count("select count(*) from posts where category_id is null")).isEqualTo(1);

    step(
        () ->
            new AddAttributeCommand(
                "ent_post",
                -1,
                Attribute.builder("att_post_status", "status", "status", LogicalType.ENUM)
                    .enumValues(List.of("DRAFT", "PUBLISHED"))
                    .nullable(false)
                    .defaultValue("DRAFT")
                    .build()));
    assertThat(text("select status from posts")).isEqualTo("DRAFT");

    step(
        () ->
            change(
                "ent_post",
                "att_post_status",
                b -> b.enumValues(List.of("DRAFT", "PUBLISHED", "ARCHIVED"))));
    exec("update posts set status = 'ARCHIVED'");
    assertThat(text("select status from posts")).isEqualTo("ARCHIVED");
    exec("update posts set status = 'DRAFT'");

    step(
        () ->
            change(
                "ent_post",
                "att_post_status",
                b -> b.enumValues(List.of("WIP", "PUBLISHED", "ARCHIVED")).defaultValue("WIP")));
    assertThat(text("select status from posts")).isEqualTo("WIP");

    step(
        () ->
            AddRelationshipCommand.between(
                stack.model(), RelationshipKind.MANY_TO_MANY, "ent_user", category.entityId()));
    assertThat(count("select count(*) from users_categories")).isZero();

    // Dropping a column is DANGER: refused without the confirmation, written with it.
    stack.execute(new DeleteAttributeCommand("ent_user", "att_user_bio"));
    stack.seal();
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

  private void step(java.util.function.Supplier<Command> edit) throws Exception {
    step(edit, true);
  }

  private void step(java.util.function.Supplier<Command> edit, boolean changesSchema)
      throws Exception {
    stack.execute(edit.get());
    stack.seal();
    exportAndMigrate(false, changesSchema);
  }

  private Command change(
      String entityId, String attributeId, UnaryOperator<Attribute.Builder> edit) {
    Attribute a =
        stack.model().schema().requireEntity(entityId).attribute(attributeId).orElseThrow();
    return new ChangeAttributeCommand(entityId, edit.apply(a.toBuilder()).build());
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
    assertThat(plan.migrations().migration().isPresent())
        .as("a new migration")
        .isEqualTo(changesSchema);
    exporter.write(plan);
    plan.migrations().migration().ifPresent(m -> files.add(m.path().getFileName().toString()));
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
