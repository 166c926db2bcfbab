package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.LogicalType;

/**
 * SQLite stores a column by type affinity only: a wider varchar or an int that becomes a bigint is
 * the same column there. Reducing both sides to one type per affinity before the diff keeps such
 * changes from rebuilding a table for nothing. The rendered SQL is unchanged (SqlTypes already
 * writes affinities for SQLite).
 */
final class SqliteAffinity {
  private SqliteAffinity() {}

  static DbSchema of(DbSchema schema) {
    return new DbSchema(schema.tables().stream().map(SqliteAffinity::of).toList());
  }

  private static DbTable of(DbTable t) {
    return new DbTable(
        t.id(),
        t.name(),
        t.comment(),
        t.columns().stream().map(SqliteAffinity::of).toList(),
        t.primaryKey(),
        t.foreignKeys(),
        t.uniques(),
        t.indexes(),
        t.checks());
  }

  private static DbColumn of(DbColumn c) {
    ColumnType type =
        new ColumnType(affinity(c.type().logical()), null, null, null, c.type().enumValues());
    return new DbColumn(
        c.id(), c.name(), type, c.nullable(), c.defaultValue(), c.identity(), c.comment());
  }

  private static LogicalType affinity(LogicalType t) {
    // Types whose defaults are read by type (booleans, dates, times, timestamps, uuids) keep it.
    return switch (t) {
      case SMALLINT, INT, BIGINT -> LogicalType.BIGINT;
      case FLOAT, DOUBLE -> LogicalType.DOUBLE;
      case STRING, TEXT, ENUM, JSON -> LogicalType.TEXT;
      default -> t;
    };
  }
}
