package io.schemaforge.codegen.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows {@link TableReader} builds a table from: what {@code DatabaseMetaData.getColumns},
 * {@code getPrimaryKeys}, {@code getImportedKeys} and {@code getIndexInfo} report, per table. Two
 * sources give the same rows: {@link PerTableMetadataRows} asks JDBC table by table (several round
 * trips each), {@link SchemaWideMetadataRows} reads the whole schema with a handful of queries and
 * hands out each table's share; that is what keeps a 2,000-table proof from spending minutes in
 * round trips.
 */
interface MetadataRows {

  /** Columns of a table, as the database names it. */
  List<ColumnRow> columns(String table) throws SQLException;

  /** Primary-key columns of a table, in any order (each carries its position). */
  List<KeyColumnRow> primaryKey(String table) throws SQLException;

  /** Foreign-key columns of a table, grouped by key in the order the driver reports them. */
  List<ForeignKeyRow> importedKeys(String table) throws SQLException;

  /** Index columns of a table, grouped by index in the order the driver reports them. */
  List<IndexRow> indexes(String table) throws SQLException;

  /** One {@code getColumns} row. */
  record ColumnRow(
      String table,
      String column,
      RawColumnType type,
      String isAutoincrement,
      String defaultValue,
      String isNullable,
      int position,
      String remarks) {

    static ColumnRow of(ResultSet rs) throws SQLException {
      return new ColumnRow(
          rs.getString("TABLE_NAME"),
          rs.getString("COLUMN_NAME"),
          new RawColumnType(
              rs.getString("TYPE_NAME"),
              rs.getInt("DATA_TYPE"),
              intOrNull(rs, "COLUMN_SIZE"),
              intOrNull(rs, "DECIMAL_DIGITS")),
          rs.getString("IS_AUTOINCREMENT"),
          rs.getString("COLUMN_DEF"),
          rs.getString("IS_NULLABLE"),
          rs.getInt("ORDINAL_POSITION"),
          rs.getString("REMARKS"));
    }
  }

  /** One {@code getPrimaryKeys} row. */
  record KeyColumnRow(String table, String column, int sequence, String keyName) {
    static KeyColumnRow of(ResultSet rs) throws SQLException {
      return new KeyColumnRow(
          rs.getString("TABLE_NAME"),
          rs.getString("COLUMN_NAME"),
          rs.getInt("KEY_SEQ"),
          rs.getString("PK_NAME"));
    }
  }

  /** One {@code getImportedKeys} row; {@code deleteRule} is a {@code DatabaseMetaData} constant. */
  record ForeignKeyRow(
      String table,
      String keyName,
      int sequence,
      String column,
      String referencedTable,
      String referencedColumn,
      int deleteRule) {
    static ForeignKeyRow of(ResultSet rs) throws SQLException {
      return new ForeignKeyRow(
          rs.getString("FKTABLE_NAME"),
          rs.getString("FK_NAME"),
          rs.getInt("KEY_SEQ"),
          rs.getString("FKCOLUMN_NAME"),
          rs.getString("PKTABLE_NAME"),
          rs.getString("PKCOLUMN_NAME"),
          rs.getInt("DELETE_RULE"));
    }
  }

  /**
   * One {@code getIndexInfo} row; {@code column} is null for an expression, {@code type} a {@code
   * DatabaseMetaData.tableIndex*} constant.
   */
  record IndexRow(
      String table, String index, String column, boolean nonUnique, int position, short type) {
    static IndexRow of(ResultSet rs) throws SQLException {
      return new IndexRow(
          rs.getString("TABLE_NAME"),
          rs.getString("INDEX_NAME"),
          rs.getString("COLUMN_NAME"),
          rs.getBoolean("NON_UNIQUE"),
          rs.getInt("ORDINAL_POSITION"),
          rs.getShort("TYPE"));
    }
  }

  private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }
}
