package io.schemaforge.codegen.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link MetadataRows} read for a whole schema up front, a few set-wide queries in all, and handed
 * out per table. Each dialect's loader ({@link PostgresMetadataRows}) fills it with the same rows
 * the per-table JDBC calls would give, in the same order within a table.
 */
final class SchemaWideMetadataRows implements MetadataRows {
  private final Map<String, List<ColumnRow>> columns = new HashMap<>();
  private final Map<String, List<KeyColumnRow>> primaryKeys = new HashMap<>();
  private final Map<String, List<ForeignKeyRow>> importedKeys = new HashMap<>();
  private final Map<String, List<IndexRow>> indexes = new HashMap<>();

  /** Reads one kind of row from a result set into its table's list, keeping the driver's order. */
  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  void addColumns(ResultSet rs) throws SQLException {
    add(rs, ColumnRow::of, ColumnRow::table, columns);
  }

  void addPrimaryKeys(ResultSet rs) throws SQLException {
    add(rs, KeyColumnRow::of, KeyColumnRow::table, primaryKeys);
  }

  void addImportedKeys(ResultSet rs) throws SQLException {
    add(rs, ForeignKeyRow::of, ForeignKeyRow::table, importedKeys);
  }

  void addIndexes(ResultSet rs) throws SQLException {
    add(rs, IndexRow::of, IndexRow::table, indexes);
  }

  private static <T> void add(
      ResultSet rs, RowReader<T> reader, Function<T, String> table, Map<String, List<T>> into)
      throws SQLException {
    try (rs) {
      while (rs.next()) {
        T row = reader.read(rs);
        into.computeIfAbsent(table.apply(row), t -> new ArrayList<>()).add(row);
      }
    }
  }

  @Override
  public List<ColumnRow> columns(String table) {
    return columns.getOrDefault(table, List.of());
  }

  @Override
  public List<KeyColumnRow> primaryKey(String table) {
    return primaryKeys.getOrDefault(table, List.of());
  }

  @Override
  public List<ForeignKeyRow> importedKeys(String table) {
    return importedKeys.getOrDefault(table, List.of());
  }

  @Override
  public List<IndexRow> indexes(String table) {
    return indexes.getOrDefault(table, List.of());
  }
}
