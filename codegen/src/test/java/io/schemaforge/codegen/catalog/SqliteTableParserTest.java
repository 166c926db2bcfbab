package io.schemaforge.codegen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.catalog.CatalogExtras.RawCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteTableParserTest {
  @Test
  void readsNamedAndUnnamedChecksWithNestedParentheses() {
    var parsed =
        SqliteTableParser.parse(
            "CREATE TABLE t (\n"
                + "  a integer CHECK (a > 0),\n"
                + "  b text NOT NULL DEFAULT 'x, (y)' CONSTRAINT ck_t_b CHECK (length(b) < 10),\n"
                + "  CONSTRAINT \"ck_t_ab\" CHECK ((a + 1) > length(b)) -- trailing comment\n"
                + ")");
    assertThat(parsed.checks())
        .containsExactly(
            new RawCheck(null, "a > 0"),
            new RawCheck("ck_t_b", "length(b) < 10"),
            new RawCheck("ck_t_ab", "(a + 1) > length(b)"));
  }

  @Test
  void readsPrimaryKeyAndUniqueNames() {
    var parsed =
        SqliteTableParser.parse(
            "CREATE TABLE t (id integer CONSTRAINT pk_t PRIMARY KEY AUTOINCREMENT,"
                + " email text CONSTRAINT uq_t_email UNIQUE, a int, b int,"
                + " CONSTRAINT uq_t_a_b UNIQUE (a, [b] COLLATE nocase), UNIQUE (b))");
    assertThat(parsed.primaryKeyName()).isEqualTo("pk_t");
    assertThat(parsed.uniques())
        .containsExactly(
            new SqliteTableParser.Unique("uq_t_email", List.of("email")),
            new SqliteTableParser.Unique("uq_t_a_b", List.of("a", "b")),
            new SqliteTableParser.Unique(null, List.of("b")));
  }

  @Test
  void aForeignKeyNameIsNotTakenForTheNextConstraint() {
    var parsed =
        SqliteTableParser.parse(
            "CREATE TABLE t (a int, CONSTRAINT fk_t_a FOREIGN KEY (a) REFERENCES u (id),"
                + " CHECK (a <> 0))");
    assertThat(parsed.checks()).containsExactly(new RawCheck(null, "a <> 0"));
  }
}
