package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.generated.GeneratedHeader;
import io.schemaforge.codegen.jooq.JooqClassesExporter;
import io.schemaforge.codegen.migration.MigrationSql;
import io.schemaforge.codegen.project.MigrationFolder;
import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.model.Schema;
import io.schemaforge.projectfile.ProjectFiles;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --with-jooq} classes: made by jOOQ's generator from the migrations replayed in a real
 * engine, they compile, carry the Schemaforge header, come out the same twice, and a select through
 * them runs on PostgreSQL.
 */
class JooqClassesTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();
  @TempDir Path tmp;

  @Test
  void classesFromTheMigrationsReplayedOnH2CompileAndAreStable() throws Exception {
    Schema blog = blog(Dialect.H2);
    List<Migration> v1 = v1(blog, Dialect.H2);
    List<GeneratedFile> files = export(blog, Dialect.H2, v1);

    assertThat(files)
        .extracting(f -> f.path().toString().replace('\\', '/'))
        .contains(
            "src/main/java/com/example/blog/jooq/Tables.java",
            "src/main/java/com/example/blog/jooq/tables/Posts.java",
            "src/main/java/com/example/blog/jooq/tables/records/PostsRecord.java")
        .noneMatch(p -> p.toLowerCase(java.util.Locale.ROOT).contains("flyway"));
    assertThat(files).allSatisfy(f -> assertThat(GeneratedHeader.read(f.content())).isPresent());
    InMemoryCompiler.compile(files, tmp.resolve("classes"));
    assertThat(export(blog, Dialect.H2, v1)).isEqualTo(files);
  }

  @Test
  void aSelectThroughTheClassesRunsOnPostgres() throws Exception {
    TestDatabase db = databases.create(TestEngine.POSTGRES);
    Schema blog = blog(Dialect.POSTGRES);
    List<Migration> v1 = v1(blog, Dialect.POSTGRES);
    // Generated from embedded PostgreSQL (the proof's engine), used on the PostgreSQL service.
    List<GeneratedFile> files = export(blog, Dialect.POSTGRES, v1);
    Path dir = Files.createDirectories(tmp.resolve("migration"));
    Files.writeString(dir.resolve(v1.get(0).fileName()), v1.get(0).content());
    Flyway.configure().dataSource(db.dataSource()).locations("filesystem:" + dir).load().migrate();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute("insert into tags (name) values ('java'), ('sql')");
    }

    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(files, tmp.resolve("classes"));
    try (URLClassLoader loader = compiled.classLoader();
        Connection c = db.connect()) {
      Class<?> tables = compiled.load("com.example.blog.jooq.Tables");
      Table<?> tags = (Table<?>) tables.getField("TAGS").get(null);
      @SuppressWarnings("unchecked")
      Field<String> name = (Field<String>) tags.getClass().getField("NAME").get(tags);
      DSLContext ctx = DSL.using(c, SQLDialect.POSTGRES);
      Result<Record> rows = ctx.select(tags.fields()).from(tags).orderBy(name).fetch();
      assertThat(rows.getValues(name)).containsExactly("java", "sql");
      assertThat(ctx.fetchCount(tags, name.eq("sql"))).isEqualTo(1);
    }
  }

  private List<GeneratedFile> export(Schema schema, Dialect dialect, List<Migration> migrations)
      throws Exception {
    return new JooqClassesExporter(null)
        .export(schema.name(), dialect, migrations, "com.example.blog.jooq", "src/main/java");
  }

  private static Schema blog(Dialect dialect) throws Exception {
    Model m = ProjectFiles.load(ExampleModels.examples().resolve("blog.schemaforge.json"));
    new CommandStack(m).execute(ChangeSchemaSettingsCommand.toDialect(m.schema(), dialect));
    return m.schema();
  }

  private List<Migration> v1(Schema schema, Dialect dialect) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("v1-" + dialect));
    Files.writeString(dir.resolve("V1__create_blog.sql"), MigrationSql.createAll(schema, dialect));
    return MigrationFolder.read(dir).migrations();
  }
}
