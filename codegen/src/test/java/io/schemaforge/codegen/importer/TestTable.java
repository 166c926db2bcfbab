package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-written catalog table for importer tests, built fluently so each test states only what it
 * is about. Ids follow CatalogReader's {@code t:<table>.<column>} shape; every column is a BIGINT.
 */
final class TestTable {
  private final String name;
  private final List<DbColumn> columns = new ArrayList<>();
  private final List<DbForeignKey> foreignKeys = new ArrayList<>();
  private final List<DbUnique> uniques = new ArrayList<>();
  private DbPrimaryKey primaryKey;

  private TestTable(String name) {
    this.name = name;
  }

  static TestTable table(String name) {
    return new TestTable(name);
  }

  /** A table whose first column is its primary key, all columns NOT NULL. */
  static DbTable keyedOnFirst(String name, String... columns) {
    return table(name).notNull(columns).key(columns[0]).build();
  }

  /** A table whose columns together are its primary key. */
  static DbTable keyedOnAll(String name, String... columns) {
    return table(name).notNull(columns).key(columns).build();
  }

  TestTable notNull(String... names) {
    return columns(false, names);
  }

  TestTable nullable(String... names) {
    return columns(true, names);
  }

  TestTable key(String... names) {
    primaryKey = new DbPrimaryKey(name + "_pkey", ids(names));
    return this;
  }

  /** A single-column foreign key onto {@code refTable.id}. */
  TestTable references(String column, String refTable, OnDelete onDelete) {
    foreignKeys.add(
        new DbForeignKey(
            "fk:" + name + "." + column,
            name + "_" + column + "_fkey",
            ids(column),
            "t:" + refTable,
            List.of("t:" + refTable + ".id"),
            onDelete));
    return this;
  }

  /** A foreign key of several columns onto the given columns of {@code refTable}. */
  TestTable references(List<String> columns, String refTable, List<String> refColumns) {
    foreignKeys.add(
        new DbForeignKey(
            "fk:" + name + "." + columns.get(0),
            name + "_fk",
            ids(columns.toArray(String[]::new)),
            "t:" + refTable,
            refColumns.stream().map(c -> "t:" + refTable + "." + c).toList(),
            OnDelete.NO_ACTION));
    return this;
  }

  TestTable unique(String column) {
    uniques.add(new DbUnique("u:" + name + "." + column, name + "_" + column + "_uk", ids(column)));
    return this;
  }

  DbTable build() {
    return new DbTable(
        "t:" + name,
        name,
        null,
        List.copyOf(columns),
        primaryKey,
        List.copyOf(foreignKeys),
        List.copyOf(uniques),
        List.of(),
        List.of());
  }

  private TestTable columns(boolean nullable, String... names) {
    for (String c : names) {
      columns.add(
          new DbColumn(
              "t:" + name + "." + c,
              c,
              ColumnType.of(LogicalType.BIGINT),
              nullable,
              null,
              false,
              null));
    }
    return this;
  }

  private List<String> ids(String... names) {
    return Arrays.stream(names).map(c -> "t:" + name + "." + c).toList();
  }
}
