package io.schemaforge.codegen.catalog;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import java.util.ArrayList;
import java.util.List;

/**
 * A string column with an enum check is an ENUM: how the catalog reader reads a database, and the
 * DDL interpreter a script, so that both give back the enum the model exported.
 */
public final class EnumColumns {
  private EnumColumns() {}

  /**
   * The columns with each one an enum check constrains read as an ENUM of the check's values (its
   * length kept). On SQLite a TEXT column counts as a string column too: its enums are stored as
   * TEXT.
   */
  public static List<DbColumn> withEnums(
      List<DbColumn> columns, List<DbCheck> checks, Dialect dialect) {
    List<DbColumn> out = new ArrayList<>(columns.size());
    for (DbColumn col : columns) {
      DbColumn c = col;
      for (DbCheck ck : checks) {
        boolean storedAsString =
            col.type().logical() == LogicalType.STRING
                || (dialect == Dialect.SQLITE && col.type().logical() == LogicalType.TEXT);
        if (ck.isEnum() && ck.enumColumnId().equals(col.id()) && storedAsString) {
          ColumnType t =
              new ColumnType(LogicalType.ENUM, col.type().length(), null, null, ck.enumValues());
          c =
              new DbColumn(
                  col.id(),
                  col.name(),
                  t,
                  col.nullable(),
                  col.defaultValue(),
                  col.identity(),
                  col.comment());
        }
      }
      out.add(c);
    }
    return out;
  }
}
