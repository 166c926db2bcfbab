package io.schemaforge.codegen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dialect rules of {@link CatalogComparison}, on schemas built by hand (no database). */
class CatalogComparisonRulesTest {
  private final CatalogComparison comparison = new CatalogComparison();

  private static DbColumn column(String id, String name, ColumnType type) {
    return new DbColumn(id, name, type, true, null, false, null);
  }

  /** users(id) and posts(id, author_id → users, stamp, status) with the given variations. */
  private static DbSchema schema(
      String prefix,
      ColumnType stamp,
      OnDelete onDelete,
      String pkName,
      boolean uniqueAsIndex,
      String comment) {
    DbColumn userId =
        new DbColumn(
            prefix + "u.id", "id", ColumnType.of(LogicalType.BIGINT), false, null, true, null);
    DbTable users =
        new DbTable(
            prefix + "users",
            "users",
            comment,
            List.of(userId),
            new DbPrimaryKey(pkName, List.of(userId.id())),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    DbColumn id =
        new DbColumn(
            prefix + "p.id", "id", ColumnType.of(LogicalType.BIGINT), false, null, true, null);
    DbColumn author = column(prefix + "p.author", "author_id", ColumnType.of(LogicalType.BIGINT));
    DbColumn at = column(prefix + "p.at", "stamp", stamp);
    List<DbUnique> uniques =
        uniqueAsIndex ? List.of() : List.of(new DbUnique("u", "uq_posts_stamp", List.of(at.id())));
    List<DbIndex> indexes =
        uniqueAsIndex
            ? List.of(new DbIndex("i", "uq_posts_stamp", List.of(at.id()), true))
            : List.of();
    DbTable posts =
        new DbTable(
            prefix + "posts",
            "posts",
            null,
            List.of(id, author, at),
            new DbPrimaryKey("pk_posts", List.of(id.id())),
            List.of(
                new DbForeignKey(
                    "fk",
                    "fk_posts_author_id_users",
                    List.of(author.id()),
                    users.id(),
                    List.of(userId.id()),
                    onDelete)),
            uniques,
            indexes,
            List.of(DbCheck.expression("c", "ck_posts_x", "stamp IS NOT NULL")));
    return new DbSchema(List.of(users, posts));
  }

  private static DbSchema model(ColumnType stamp, OnDelete onDelete) {
    return schema("m-", stamp, onDelete, "pk_users", false, "Users");
  }

  @Test
  void noActionAndRestrictAreOneOnMysqlButNotOnPostgres() {
    ColumnType ts = ColumnType.of(LogicalType.TIMESTAMP);
    DbSchema db = schema("name:", ts, OnDelete.RESTRICT, "pk_users", false, "Users");
    assertThat(comparison.compare(model(ts, OnDelete.NO_ACTION), db, Dialect.MARIADB)).isEmpty();
    assertThat(comparison.compare(model(ts, OnDelete.NO_ACTION), db, Dialect.POSTGRES))
        .extracting(CatalogDifference::message)
        .containsExactly(
            "table posts: foreign key fk_posts_author_id_users: ON DELETE is RESTRICT,"
                + " the model says NO ACTION");
  }

  @Test
  void timestampWithAndWithoutTimeZoneAreOneOnlyOnMysql() {
    DbSchema db =
        schema(
            "name:",
            ColumnType.of(LogicalType.TIMESTAMP),
            OnDelete.NO_ACTION,
            "pk_users",
            false,
            "Users");
    DbSchema tz = model(ColumnType.of(LogicalType.TIMESTAMPTZ), OnDelete.NO_ACTION);
    assertThat(comparison.compare(tz, db, Dialect.MYSQL)).isEmpty();
    assertThat(comparison.compare(tz, db, Dialect.POSTGRES))
        .extracting(CatalogDifference::message)
        .containsExactly("table posts: column stamp is timestamp, the model says timestamptz");
  }

  @Test
  void aUniqueIndexAndAUniqueConstraintOverTheSameColumnsAgree() {
    ColumnType ts = ColumnType.of(LogicalType.TIMESTAMP);
    DbSchema db = schema("name:", ts, OnDelete.NO_ACTION, "pk_users", true, "Users");
    assertThat(comparison.compare(model(ts, OnDelete.NO_ACTION), db, Dialect.POSTGRES)).isEmpty();
  }

  @Test
  void primaryKeyNamesAreComparedExceptOnMysqlAndSqlite() {
    ColumnType ts = ColumnType.of(LogicalType.TIMESTAMP);
    DbSchema db = schema("name:", ts, OnDelete.NO_ACTION, "PRIMARY", false, "Users");
    assertThat(comparison.compare(model(ts, OnDelete.NO_ACTION), db, Dialect.MARIADB)).isEmpty();
    assertThat(comparison.compare(model(ts, OnDelete.NO_ACTION), db, Dialect.H2))
        .extracting(CatalogDifference::message)
        .containsExactly("table users: primary key is named PRIMARY, the model says pk_users");
  }

  @Test
  void commentsAreIgnoredOnSqliteOnly() {
    ColumnType ts = ColumnType.of(LogicalType.TIMESTAMP);
    DbSchema db = schema("name:", ts, OnDelete.NO_ACTION, "pk_users", false, null);
    assertThat(comparison.compare(model(ts, OnDelete.NO_ACTION), db, Dialect.SQLITE)).isEmpty();
    assertThat(comparison.compare(model(ts, OnDelete.NO_ACTION), db, Dialect.POSTGRES))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.table()).isEqualTo("users");
              assertThat(d.element()).isEqualTo("comment");
              assertThat(d.message())
                  .isEqualTo("table users: comment is none, the model says 'Users'");
            });
  }

  @Test
  void sqliteComparesOnlyAffinities() {
    ColumnType text = new ColumnType(LogicalType.STRING, 20, null, null, List.of());
    DbSchema db =
        schema(
            "name:",
            ColumnType.of(LogicalType.TEXT),
            OnDelete.NO_ACTION,
            "pk_users",
            false,
            "Users");
    assertThat(comparison.compare(model(text, OnDelete.NO_ACTION), db, Dialect.SQLITE)).isEmpty();
    assertThat(
            comparison.compare(
                model(ColumnType.of(LogicalType.DOUBLE), OnDelete.NO_ACTION), db, Dialect.SQLITE))
        .extracting(CatalogDifference::message)
        .containsExactly("table posts: column stamp is text, the model says real");
  }

  @Test
  void anEnumStoredAsVarcharEqualsTheStringColumnItIs() {
    ColumnType enumType = new ColumnType(LogicalType.ENUM, 32, null, null, List.of("a", "b"));
    ColumnType varchar = new ColumnType(LogicalType.STRING, 32, null, null, List.of());
    DbSchema db = schema("name:", varchar, OnDelete.NO_ACTION, "pk_users", false, "Users");
    for (Dialect d : List.of(Dialect.POSTGRES, Dialect.MARIADB, Dialect.H2)) {
      assertThat(comparison.compare(model(enumType, OnDelete.NO_ACTION), db, d))
          .as(d.name())
          .isEmpty();
    }
  }
}
