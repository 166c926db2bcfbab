package io.schemaforge.codegen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import java.sql.Connection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reads {@code catalog/<engine>.sql} back from every engine and checks each fact. */
class CatalogReaderTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();

  /** Each engine's catalog is read once: the tests only look at it. */
  private static final Map<TestEngine, DbSchema> READ = new EnumMap<>(TestEngine.class);

  private DbSchema read(TestEngine engine) throws Exception {
    DbSchema cached = READ.get(engine);
    if (cached == null) {
      cached = readFresh(engine);
      READ.put(engine, cached);
    }
    return cached;
  }

  private DbSchema readFresh(TestEngine engine) throws Exception {
    TestDatabase db = databases.create(engine);
    CatalogFixture.createTables(db);
    try (Connection c = db.connect()) {
      return new CatalogReader().read(c, engine.dialect());
    }
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void readsUserTablesAndSkipsFlywayHistory(TestEngine engine) throws Exception {
    DbSchema s = read(engine);
    assertThat(s.tables())
        .extracting(DbTable::name)
        .containsExactlyInAnyOrder("authors", "posts", "posts_tags", "tags");
    assertThat(s.tableNamed("posts").orElseThrow().id()).isEqualTo("name:posts");
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void mapsEveryColumnTypeToItsLogicalType(TestEngine engine) throws Exception {
    DbTable posts = read(engine).tableNamed("posts").orElseThrow();
    Map<String, String> types = new LinkedHashMap<>();
    posts.columns().forEach(c -> types.put(c.name(), c.type().toString()));
    assertThat(types).containsExactlyEntriesOf(expectedTypes(engine));
    assertThat(posts.columnNamed("title").orElseThrow().id()).isEqualTo("name:posts.title");
  }

  /** What each engine can tell back: SQLite only its affinities, MySQL no time-zone type. */
  private static Map<String, String> expectedTypes(TestEngine engine) {
    Map<String, String> m = new LinkedHashMap<>();
    boolean sqlite = engine == TestEngine.SQLITE;
    boolean mysql = engine == TestEngine.MARIADB;
    m.put("id", "bigint");
    m.put("title", sqlite ? "text" : "string(200)");
    m.put("body", "text");
    m.put("rating", sqlite ? "bigint" : "smallint");
    m.put("views", sqlite ? "bigint" : "int");
    m.put("price", sqlite ? "decimal" : "decimal(10,2)");
    m.put("score", sqlite ? "double" : "float");
    m.put("weight", "double");
    m.put("public_id", sqlite ? "text" : "uuid");
    m.put("published_on", sqlite ? "text" : "date");
    m.put("publish_time", sqlite ? "text" : "time");
    m.put("edited_at", sqlite ? "text" : "timestamp");
    m.put("published_at", sqlite ? "text" : mysql ? "timestamp" : "timestamptz");
    m.put("cover", "bytes");
    m.put("metadata", sqlite ? "text" : "json");
    m.put("status", "enum");
    m.put("author_id", "bigint");
    m.put("editor_id", "bigint");
    return m;
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void readsNullabilityIdentityDefaultsAndLengths(TestEngine engine) throws Exception {
    DbSchema s = read(engine);
    DbTable posts = s.tableNamed("posts").orElseThrow();
    DbColumn id = posts.columnNamed("id").orElseThrow();
    assertThat(id.identity()).isTrue();
    assertThat(id.nullable()).isFalse();
    assertThat(posts.columnNamed("author_id").orElseThrow().identity()).isFalse();
    assertThat(posts.columnNamed("title").orElseThrow().nullable()).isFalse();
    assertThat(posts.columnNamed("body").orElseThrow().nullable()).isTrue();
    assertThat(posts.columnNamed("views").orElseThrow().defaultValue()).contains("0");
    assertThat(posts.columnNamed("title").orElseThrow().defaultValue()).isNull();
    assertThat(posts.columnNamed("body").orElseThrow().defaultValue())
        .as("MariaDB's NULL default text is no default")
        .isNull();
    assertThat(posts.columnNamed("status").orElseThrow().defaultValue()).contains("draft");
    if (engine != TestEngine.SQLITE) {
      assertThat(posts.columnNamed("status").orElseThrow().type().length()).isEqualTo(32);
      assertThat(posts.columnNamed("price").orElseThrow().type().scale()).isEqualTo(2);
      assertThat(s.tableNamed("tags").orElseThrow().columnNamed("name").orElseThrow().type())
          .hasToString("string(50)");
    }
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void readsCommentsWhereTheEngineStoresThem(TestEngine engine) throws Exception {
    DbSchema s = read(engine);
    DbTable authors = s.tableNamed("authors").orElseThrow();
    DbTable posts = s.tableNamed("posts").orElseThrow();
    if (engine == TestEngine.SQLITE) {
      assertThat(authors.comment()).isNull();
      return;
    }
    assertThat(authors.comment()).isEqualTo("People who write posts");
    assertThat(authors.columnNamed("email").orElseThrow().comment()).isEqualTo("Where replies go");
    assertThat(posts.columnNamed("title").orElseThrow().comment()).isEqualTo("Headline");
    assertThat(posts.comment()).as("empty remarks are no comment").isNull();
    assertThat(posts.columnNamed("body").orElseThrow().comment()).isNull();
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void readsPrimaryKeysIncludingComposite(TestEngine engine) throws Exception {
    DbSchema s = read(engine);
    assertThat(s.tableNamed("posts").orElseThrow().primaryKey().columnIds())
        .containsExactly("name:posts.id");
    var joinKey = s.tableNamed("posts_tags").orElseThrow().primaryKey();
    assertThat(joinKey.columnIds())
        .containsExactly("name:posts_tags.post_id", "name:posts_tags.tag_id");
    assertThat(joinKey.name())
        .isEqualTo(engine == TestEngine.MARIADB ? "PRIMARY" : "pk_posts_tags");
    if (engine != TestEngine.MARIADB) {
      assertThat(s.tableNamed("authors").orElseThrow().primaryKey().name())
          .as("named inline in SQLite, read from the CREATE TABLE text")
          .isEqualTo("pk_authors");
    }
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void readsForeignKeysWithTheirDeleteRules(TestEngine engine) throws Exception {
    DbTable posts = read(engine).tableNamed("posts").orElseThrow();
    assertThat(posts.foreignKeys())
        .extracting(
            DbForeignKey::name,
            DbForeignKey::columnIds,
            DbForeignKey::referencedTableId,
            DbForeignKey::referencedColumnIds,
            DbForeignKey::onDelete)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "fk_posts_author_id_authors",
                List.of("name:posts.author_id"),
                "name:authors",
                List.of("name:authors.id"),
                OnDelete.CASCADE),
            org.assertj.core.groups.Tuple.tuple(
                "fk_posts_editor_id_authors",
                List.of("name:posts.editor_id"),
                "name:authors",
                List.of("name:authors.id"),
                OnDelete.SET_NULL));
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void readsUniqueConstraintsAndIndexesWithoutTheEnginesOwn(TestEngine engine) throws Exception {
    DbSchema s = read(engine);
    DbTable authors = s.tableNamed("authors").orElseThrow();
    assertThat(authors.uniques()).hasSize(1);
    assertThat(authors.uniques().get(0).name()).isEqualTo("uq_authors_email");
    assertThat(authors.uniques().get(0).columnIds()).containsExactly("name:authors.email");
    assertThat(authors.indexes()).as("the PK's and the unique's own indexes").isEmpty();

    DbTable posts = s.tableNamed("posts").orElseThrow();
    assertThat(posts.indexes())
        .extracting(DbIndex::name, DbIndex::columnIds, DbIndex::unique)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "ix_posts_author_id", List.of("name:posts.author_id"), false),
            org.assertj.core.groups.Tuple.tuple(
                "ix_posts_editor_id", List.of("name:posts.editor_id"), false),
            org.assertj.core.groups.Tuple.tuple(
                "ix_posts_status_published_on",
                List.of("name:posts.status", "name:posts.published_on"),
                false));
    assertThat(s.tableNamed("posts_tags").orElseThrow().indexes())
        .extracting(DbIndex::name)
        .containsExactly("ix_posts_tags_tag_id");
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void readsChecksAndRecognisesTheEnumCheck(TestEngine engine) throws Exception {
    DbTable posts = read(engine).tableNamed("posts").orElseThrow();
    assertThat(posts.checks())
        .extracting(DbCheck::name)
        .containsExactlyInAnyOrder("ck_posts_positive_views", "ck_posts_status");
    DbCheck views = check(posts, "ck_posts_positive_views");
    assertThat(views.isEnum()).isFalse();
    assertThat(views.expression()).containsIgnoringCase("views").contains(">= 0");
    DbCheck status = check(posts, "ck_posts_status");
    assertThat(status.isEnum()).isTrue();
    assertThat(status.enumColumnId()).isEqualTo("name:posts.status");
    assertThat(status.enumValues()).containsExactly("draft", "published");
    DbColumn column = posts.columnNamed("status").orElseThrow();
    assertThat(column.type().logical()).isEqualTo(LogicalType.ENUM);
    assertThat(column.type().enumValues()).containsExactly("draft", "published");
  }

  private static DbCheck check(DbTable t, String name) {
    return t.checks().stream().filter(c -> name.equals(c.name())).findFirst().orElseThrow();
  }
}
