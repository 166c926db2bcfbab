package io.schemaforge.codegen.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * H2 2.x, from {@code INFORMATION_SCHEMA}. H2 backs every primary key, unique constraint and
 * foreign key with an index of its own ({@code PRIMARY_KEY_4}, {@code UQ_X_INDEX_4}, {@code
 * FK_X_INDEX_4}, even when an explicit index already covers the columns); those are marked {@code
 * IS_GENERATED} and hidden, and the unique constraints are reported under their constraint name.
 */
final class H2Catalog implements DialectCatalog {
  /*
   * Checks and the tables they belong to are read apart and joined here: H2 rebuilds an
   * INFORMATION_SCHEMA table for every row of a join over two of them, which made the joined query
   * quadratic (seconds at 2,000 tables). Constraint names are unique within a schema.
   */
  private static final String CHECKS =
      "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
          + " WHERE CONSTRAINT_SCHEMA = ?";

  private static final String CONSTRAINTS =
      "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE, INDEX_NAME"
          + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
          + " WHERE CONSTRAINT_SCHEMA = ? AND CONSTRAINT_TYPE IN ('CHECK', 'UNIQUE')";

  private static final String GENERATED_INDEXES =
      "SELECT TABLE_NAME, INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
          + " WHERE INDEX_SCHEMA = ? AND IS_GENERATED";

  @Override
  public CatalogExtras read(Connection c, CatalogScope scope, List<String> tables)
      throws SQLException {
    CatalogExtras extras = new CatalogExtras();
    Map<String, String> checkTables = new HashMap<>();
    for (String[] row : rows(c, CONSTRAINTS, scope.schema(), 4)) {
      if ("UNIQUE".equals(row[2])) {
        extras.uniqueConstraint(row[0], row[3], row[1]);
      } else {
        checkTables.put(row[1], row[0]);
      }
    }
    for (String[] row : rows(c, CHECKS, scope.schema(), 2)) {
      String table = checkTables.get(row[0]);
      if (table != null) {
        extras.addCheck(table, row[0], row[1]);
      }
    }
    for (String[] row : rows(c, GENERATED_INDEXES, scope.schema(), 2)) {
      extras.hideIndex(row[0], row[1]);
    }
    return extras;
  }

  private static List<String[]> rows(Connection c, String sql, String schema, int width)
      throws SQLException {
    List<String[]> rows = new java.util.ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String[] row = new String[width];
          for (int i = 0; i < width; i++) {
            row[i] = rs.getString(i + 1);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
