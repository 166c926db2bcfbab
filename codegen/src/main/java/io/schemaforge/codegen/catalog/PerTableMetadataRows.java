package io.schemaforge.codegen.catalog;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link MetadataRows} straight from {@link DatabaseMetaData}, one call per table and kind. Cheap
 * for in-process engines (SQLite); the reference the schema-wide sources are tested against.
 */
final class PerTableMetadataRows implements MetadataRows {
  private final DatabaseMetaData md;
  private final CatalogScope scope;

  PerTableMetadataRows(DatabaseMetaData md, CatalogScope scope) {
    this.md = md;
    this.scope = scope;
  }

  @Override
  public List<ColumnRow> columns(String table) throws SQLException {
    List<ColumnRow> rows = new ArrayList<>();
    // The table name is a LIKE pattern here ('_' matches any character): keep exact matches only.
    try (ResultSet rs = md.getColumns(scope.catalog(), scope.schema(), table, "%")) {
      while (rs.next()) {
        ColumnRow row = ColumnRow.of(rs);
        if (table.equals(row.table())) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  @Override
  public List<KeyColumnRow> primaryKey(String table) throws SQLException {
    List<KeyColumnRow> rows = new ArrayList<>();
    try (ResultSet rs = md.getPrimaryKeys(scope.catalog(), scope.schema(), table)) {
      while (rs.next()) {
        KeyColumnRow row = KeyColumnRow.of(rs);
        if (table.equals(row.table())) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  @Override
  public List<ForeignKeyRow> importedKeys(String table) throws SQLException {
    List<ForeignKeyRow> rows = new ArrayList<>();
    try (ResultSet rs = md.getImportedKeys(scope.catalog(), scope.schema(), table)) {
      while (rs.next()) {
        rows.add(ForeignKeyRow.of(rs));
      }
    }
    return rows;
  }

  @Override
  public List<IndexRow> indexes(String table) throws SQLException {
    List<IndexRow> rows = new ArrayList<>();
    try (ResultSet rs = md.getIndexInfo(scope.catalog(), scope.schema(), table, false, false)) {
      while (rs.next()) {
        IndexRow row = IndexRow.of(rs);
        if (table.equals(row.table())) {
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
