package io.schemaforge.codegen.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.codegen.proof.MigrationReplay;
import io.schemaforge.codegen.proof.ProofDatabase;
import io.schemaforge.codegen.proof.ProofDatabases;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import java.math.BigInteger;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * New tables on PostgreSQL: parents first, foreign keys to tables that already exist declared in
 * the CREATE TABLE, and only a key that closes a cycle added afterwards. Other dialects keep the
 * model's order and add every key afterwards.
 */
class ParentsFirstTest {
  /** A table "name" with an id and one column and foreign key per parent. */
  private static DbTable table(String name, String... parents) {
    List<DbColumn> columns = new ArrayList<>();
    columns.add(column(name + ".id", "id"));
    List<DbForeignKey> keys = new ArrayList<>();
    for (String parent : parents) {
      String col = parent + "_id";
      columns.add(column(name + "." + col, col));
      keys.add(
          new DbForeignKey(
              name + ".fk." + parent,
              "fk_" + name + "_" + col,
              List.of(name + "." + col),
              parent,
              List.of(parent + ".id"),
              OnDelete.RESTRICT));
    }
    return new DbTable(
        name,
        name,
        null,
        columns,
        new DbPrimaryKey("pk_" + name, List.of(name + ".id")),
        keys,
        List.of(),
        List.of(),
        List.of());
  }

  private static DbColumn column(String id, String name) {
    return new DbColumn(id, name, ColumnType.of(LogicalType.BIGINT), true, null, false, null);
  }

  private static List<String> names(List<DbTable> tables) {
    return tables.stream().map(DbTable::name).toList();
  }

  @Test
  void childrenComeAfterTheirParentsAndUnrelatedTablesKeepTheirOrder() {
    List<DbTable> tables =
        List.of(
            table("line", "orders", "product"),
            table("note"),
            table("orders", "customer"),
            table("customer"),
            table("product"));

    assertThat(names(ParentsFirst.order(tables)))
        .containsExactly("customer", "orders", "product", "line", "note");
  }

  @Test
  void inACycleTheTableTheModelListsFirstIsCreatedLast() {
    List<DbTable> tables = List.of(table("a", "b"), table("b", "a"), table("c", "c"));

    assertThat(names(ParentsFirst.order(tables))).containsExactly("b", "a", "c");
  }

  @Test
  void aLongChainDoesNotExhaustTheStack() {
    List<DbTable> tables = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      tables.add(i == 19_999 ? table("t" + i) : table("t" + i, "t" + (i + 1)));
    }

    List<String> order = names(ParentsFirst.order(tables));
    assertThat(order.get(0)).isEqualTo("t19999");
    assertThat(order.get(19_999)).isEqualTo("t0");
  }

  private static List<MigrationStatement> plan(Dialect dialect, DbTable... tables) {
    return new MigrationPlanner(dialect, false)
        .plan(DbSchema.EMPTY, new DbSchema(Arrays.asList(tables)));
  }

  @Test
  void onPostgresKeysToExistingTablesAreInlineAndOnlyTheCycleIsClosedAfterwards() throws Exception {
    DbTable[] model = {table("line", "orders", "line"), table("orders", "line"), table("customer")};
    List<MigrationStatement> statements = plan(Dialect.POSTGRES, model);

    assertThat(statements)
        .extracting(MigrationStatement::summary)
        .containsExactly(
            "create table orders",
            "create table line",
            "create table customer",
            "add foreign key fk_orders_line_id of orders");
    assertThat(statements.get(1).sql())
        .contains("constraint fk_line_orders_id foreign key (orders_id) references orders (id)")
        .contains("constraint fk_line_line_id foreign key (line_id) references line (id)");
    assertThat(statements.get(0).sql()).doesNotContain("foreign key");

    // The script applies, and PostgreSQL holds every key as valid.
    String script = MigrationScript.render("m", Dialect.POSTGRES, statements);
    try (ProofDatabase db = ProofDatabases.open(Dialect.POSTGRES, null).orElseThrow()) {
      MigrationReplay.apply(
          db, List.of(new Migration("V1__m.sql", List.of(BigInteger.ONE), script, null)));
      try (Connection c = db.connect();
          var rs =
              c.createStatement()
                  .executeQuery(
                      "select count(*) filter (where convalidated), count(*)"
                          + " from pg_constraint where contype = 'f'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(3);
        assertThat(rs.getInt(2)).isEqualTo(3);
      }
    }
  }

  @Test
  void otherDialectsKeepTheModelOrderAndAddKeysAfterwards() {
    List<MigrationStatement> statements =
        plan(Dialect.H2, table("line", "orders"), table("orders"));

    assertThat(statements)
        .extracting(MigrationStatement::summary)
        .containsExactly(
            "create table line",
            "create table orders",
            "add foreign key fk_line_orders_id of line");
  }
}
