package io.schemaforge.codegen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import java.sql.Connection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written script of every engine, read back, agrees with the model's physical schema; and
 * each deliberate change, on the model's side or the database's, is reported as one sentence.
 */
class CatalogComparisonTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();

  private static final Map<TestEngine, DbSchema> READ = new EnumMap<>(TestEngine.class);
  private final CatalogComparison comparison = new CatalogComparison();

  /** The unchanged script, read once per engine. */
  private DbSchema actual(TestEngine engine) throws Exception {
    DbSchema s = READ.get(engine);
    if (s == null) {
      s = readAfter(engine, null);
      READ.put(engine, s);
    }
    return s;
  }

  /** A fresh database with the script and then {@code change} run, read back. */
  private DbSchema readAfter(TestEngine engine, String change) throws Exception {
    TestDatabase db = databases.create(engine);
    CatalogFixture.createTables(db);
    try (Connection c = db.connect()) {
      if (change != null) {
        CatalogFixture.execute(c, change);
      }
      return new CatalogReader().read(c, engine.dialect());
    }
  }

  private List<String> differences(CatalogFixture model, DbSchema actual, TestEngine engine) {
    return comparison.compare(model.expected(), actual, engine.dialect()).stream()
        .map(CatalogDifference::message)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void theScriptIsWhatTheModelProduces(TestEngine engine) throws Exception {
    assertThat(differences(new CatalogFixture(engine), actual(engine), engine)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void aWrongLengthIsReportedWhereTheEngineKeepsLengths(TestEngine engine) throws Exception {
    CatalogFixture model = new CatalogFixture(engine);
    model.f.change(model.post, model.title, b -> b.length(300));
    List<String> diffs = differences(model, actual(engine), engine);
    if (engine == TestEngine.SQLITE) {
      assertThat(diffs).as("SQLite stores every string as text").isEmpty();
    } else {
      assertThat(diffs)
          .containsExactly(
              "table posts: column title is varchar(200), the model says varchar(300)");
    }
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void aWrongTypeIsReported(TestEngine engine) throws Exception {
    CatalogFixture model = new CatalogFixture(engine);
    String rating =
        model.f.get(model.post).attributes().stream()
            .filter(a -> a.columnName().equals("rating"))
            .findFirst()
            .orElseThrow()
            .id();
    model.f.change(model.post, rating, b -> b.type(LogicalType.TEXT));
    String is =
        switch (engine) {
          case SQLITE -> "integer";
          default -> "smallint";
        };
    String says =
        switch (engine) {
          case H2 -> "clob";
          default -> "text";
        };
    assertThat(differences(model, actual(engine), engine))
        .containsExactly("table posts: column rating is " + is + ", the model says " + says);
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void missingAndUnexpectedColumnsAreReported(TestEngine engine) throws Exception {
    CatalogFixture model = new CatalogFixture(engine);
    model.f.attribute(model.post, "subtitle", LogicalType.STRING, b -> b.length(80));
    DbSchema actual = readAfter(engine, "ALTER TABLE posts ADD COLUMN legacy integer");
    assertThat(differences(model, actual, engine))
        .containsExactlyInAnyOrder(
            "missing column posts.subtitle", "unexpected column posts.legacy");
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void aDifferentOnDeleteIsReported(TestEngine engine) throws Exception {
    CatalogFixture model = new CatalogFixture(engine);
    model.f.changeRelationship(model.authorRelationship, r -> r.withOnDelete(OnDelete.NO_ACTION));
    assertThat(differences(model, actual(engine), engine))
        .containsExactly(
            "table posts: foreign key fk_posts_author_id_authors: ON DELETE is CASCADE,"
                + " the model says NO ACTION");
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void aMissingIndexIsReported(TestEngine engine) throws Exception {
    String drop =
        engine == TestEngine.MARIADB
            ? "DROP INDEX ix_posts_status_published_on ON posts"
            : "DROP INDEX ix_posts_status_published_on";
    DbSchema actual = readAfter(engine, drop);
    assertThat(differences(new CatalogFixture(engine), actual, engine))
        .containsExactly(
            "table posts: missing index ix_posts_status_published_on (status, published_on)");
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void otherEnumValuesAreReported(TestEngine engine) throws Exception {
    CatalogFixture model = new CatalogFixture(engine);
    model.f.change(
        model.post, model.status, b -> b.enumValues(List.of("draft", "published", "archived")));
    assertThat(differences(model, actual(engine), engine))
        .containsExactly(
            "table posts: check ck_posts_status allows [draft, published],"
                + " the model says [draft, published, archived]");
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void nullabilityAndMissingTablesAreReported(TestEngine engine) throws Exception {
    CatalogFixture model = new CatalogFixture(engine);
    model.f.change(model.post, model.title, b -> b.nullable(true));
    model.f.entity("Comment");
    assertThat(differences(model, actual(engine), engine))
        .containsExactlyInAnyOrder(
            "table posts: column title is NOT NULL, the model says nullable",
            "missing table comments");
  }
}
