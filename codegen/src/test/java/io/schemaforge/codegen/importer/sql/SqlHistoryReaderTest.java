package io.schemaforge.codegen.importer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.OnDelete;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Scripts replayed in real engines and read back: PostgreSQL, MariaDB (--jdbc), H2, SQLite. */
class SqlHistoryReaderTest {
  @TempDir Path dir;
  @RegisterExtension final TestDatabases databases = new TestDatabases();

  private Path write(String relative, String content) throws Exception {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  private static List<String> tableNames(DbSchema s) {
    return s.tables().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList();
  }

  private static List<String> columnNames(DbSchema s, String table) {
    return s.tableNamed(table).orElseThrow().columns().stream()
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .toList();
  }

  private static List<ImportFinding> errors(SchemaReadResult r) {
    return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  @Test
  void postgresHistoryReplaysAndABrokenStatementIsReportedWhileLaterFilesApply() throws Exception {
    write(
        "db/migration/V1__init.sql",
        """
        create table authors (
          id bigserial primary key,
          name varchar(100) not null unique
        );
        create table books (
          id bigserial primary key,
          author_id bigint not null references authors (id) on delete cascade,
          title varchar(200) not null,
          price numeric(10, 2)
        );
        """);
    write(
        "db/migration/V2__isbn.sql",
        """
        -- an isbn, then a typo, then an index
        alter table books add column isbn varchar(13);

        alter tabel books add column oops int;
        create index books_title_idx on books (title);
        """);
    write(
        "db/migration/V10__tags.sql",
        """
        create table tags (id serial primary key, label text not null);
        comment on table tags is 'tags of ${flyway:defaultSchema}';
        create table book_tags (
          book_id bigint not null references books (id),
          tag_id int not null references tags (id),
          primary key (book_id, tag_id)
        );
        """);

    SchemaReadResult r = new SqlHistoryReader().read(List.of(dir.resolve("db")), null, null);

    assertThat(r.dialect()).isEqualTo(Dialect.POSTGRES);
    assertThat(r.history())
        .extracting(HistoryFile::fileName)
        .containsExactly("V1__init.sql", "V2__isbn.sql", "V10__tags.sql");
    assertThat(tableNames(r.schema())).containsExactly("authors", "book_tags", "books", "tags");
    assertThat(columnNames(r.schema(), "books"))
        .containsExactly("id", "author_id", "title", "price", "isbn");
    DbTable books = r.schema().tableNamed("books").orElseThrow();
    assertThat(books.indexes()).extracting(DbIndex::name).contains("books_title_idx");
    DbForeignKey toAuthors = books.foreignKeys().get(0);
    assertThat(toAuthors.onDelete()).isEqualTo(OnDelete.CASCADE);
    assertThat(toAuthors.referencedTableId())
        .isEqualTo(r.schema().tableNamed("authors").orElseThrow().id());
    DbColumn price = books.columnNamed("price").orElseThrow();
    assertThat(price.type().precision()).isEqualTo(10);
    assertThat(price.type().scale()).isEqualTo(2);
    DbTable bookTags = r.schema().tableNamed("book_tags").orElseThrow();
    assertThat(bookTags.primaryKey().columnIds()).hasSize(2);
    assertThat(bookTags.foreignKeys()).hasSize(2);
    assertThat(r.schema().tableNamed("tags").orElseThrow().comment()).isEqualTo("tags of public");

    assertThat(errors(r))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.file()).endsWith("V2__isbn.sql");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.describe()).contains("V2__isbn.sql:4: statement not applied");
              assertThat(e.message()).contains("alter tabel books");
            });
    assertThat(r.findings())
        .anySatisfy(f -> assertThat(f.message()).contains("assumed postgres from the syntax"));
    assertThat(r.versionedMigrations().nextVersion()).hasToString("11");
  }

  @Test
  void mariadbScriptReplaysOnAScratchDatabaseOfTheJdbcServerAndLeavesTheUsersAlone()
      throws Exception {
    TestDatabase users = databases.create(TestEngine.MARIADB);
    Path script =
        write(
            "schema_mysql.sql",
            """
            create table `customer` (
              `id` bigint not null auto_increment,
              `email` varchar(255) not null,
              primary key (`id`),
              unique key `uk_email` (`email`)
            ) engine=InnoDB;
            use mysql;
            DELIMITER //
            create procedure noop() begin select 1; end//
            DELIMITER ;
            create table `orders` (
              `id` bigint not null auto_increment primary key,
              `customer_id` bigint not null,
              `total` decimal(12, 2) unsigned,
              constraint fk_customer foreign key (`customer_id`) references `customer` (`id`)
                on delete restrict
            ) engine=InnoDB;
            """);
    SchemaReadResult r =
        new SqlHistoryReader()
            .read(
                List.of(script),
                null,
                new io.schemaforge.codegen.proof.JdbcTarget(users.url(), "root", ""));
    assertThat(r.dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(errors(r)).isEmpty();
    assertThat(tableNames(r.schema())).containsExactly("customer", "orders");
    assertThat(r.schema().tableNamed("orders").orElseThrow().foreignKeys())
        .extracting(DbForeignKey::name)
        .containsExactly("fk_customer");
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.line()).isEqualTo(7);
              assertThat(f.message()).contains("outside the schema");
            });
    try (Connection c = users.connect();
        var rs = c.getMetaData().getTables(users.name(), null, "%", null)) {
      assertThat(rs.next()).as("a table in the --jdbc database itself").isFalse();
    }
  }

  @Test
  void mysqlScriptsWithoutJdbcAreInterpretedWithAWarningThatJdbcIsExact() throws Exception {
    Path script =
        write(
            "tables_mysql.sql",
            "create table a (id int auto_increment primary key);\ncreate table b (x int);\n");
    SchemaReadResult r = new SqlHistoryReader().read(List.of(script), null, null);
    assertThat(r.dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(tableNames(r.schema())).containsExactly("a", "b");
    assertThat(errors(r)).isEmpty();
    assertThat(r.findings())
        .filteredOn(f -> f.severity() == Severity.WARNING)
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("jOOQ").contains("--jdbc jdbc:mysql://"));
  }

  @Test
  void h2ScriptReplaysInProcessInTheModeItsSyntaxNeeds() throws Exception {
    Path script =
        write(
            "h2/schema.sql",
            """
            create table `parent` (id int auto_increment primary key, name varchar(40));
            create table child (
              id int primary key,
              parent_id int references parent (id) on delete set null
            );
            """);
    SchemaReadResult r = new SqlHistoryReader().read(List.of(script), null, null);
    assertThat(r.dialect()).isEqualTo(Dialect.H2);
    assertThat(errors(r)).isEmpty();
    assertThat(r.findings()).anySatisfy(f -> assertThat(f.message()).contains("MODE=MySQL"));
    assertThat(tableNames(r.schema())).containsExactly("child", "parent");
    assertThat(r.schema().tableNamed("child").orElseThrow().foreignKeys().get(0).onDelete())
        .isEqualTo(OnDelete.SET_NULL);
  }

  @Test
  void sqliteScriptWithATriggerReplaysInProcess() throws Exception {
    Path script =
        write(
            "app.sql",
            """
            create table note (id integer primary key autoincrement, body text not null, n int);
            create trigger bump after insert on note begin
              update note set n = 1 where id = new.id;
            end;
            create table tag (id integer primary key, note_id integer references note (id));
            create table broken (id integer primary key, x int references);
            """);
    SchemaReadResult r = new SqlHistoryReader().read(List.of(script), Dialect.SQLITE, null);
    assertThat(tableNames(r.schema())).containsExactly("note", "tag");
    assertThat(columnNames(r.schema(), "note")).containsExactly("id", "body", "n");
    assertThat(errors(r)).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(6));
  }

  @Test
  void liveDatabaseIsReadWithoutChangingIt() throws Exception {
    TestDatabase db = databases.create(TestEngine.POSTGRES);
    try (Connection c = db.connect();
        var s = c.createStatement()) {
      s.execute("create table team (id int primary key, name text not null)");
      s.execute("create table member (id int primary key, team_id int references team (id))");
    }
    SchemaReadResult r =
        new LiveDatabaseReader()
            .read(new io.schemaforge.codegen.proof.JdbcTarget(db.url(), db.user(), db.password()));
    assertThat(r.dialect()).isEqualTo(Dialect.POSTGRES);
    assertThat(tableNames(r.schema())).containsExactly("member", "team");
    assertThat(r.history()).isEmpty();
  }
}
