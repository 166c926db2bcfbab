package io.schemaforge.codegen.catalog;

import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.decimal;
import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.plain;
import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.string;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.model.LogicalType;

/**
 * SQLite keeps whatever type name the DDL declared, and stores by type affinity. Declared names
 * that say more than the affinity ({@code varchar(100)}, {@code boolean}, {@code uuid}) are read as
 * such, for the importer; everything else by SQLite's affinity rules (section 3.1 of "Datatypes In
 * SQLite"): INTEGER affinity is BIGINT, TEXT is TEXT, BLOB (or no type) is BYTES, REAL is DOUBLE,
 * NUMERIC is DECIMAL. The comparison only compares affinities on SQLite.
 */
final class SqliteTypeMapper implements DatabaseTypeMapper {
  /** What sqlite-jdbc reports as COLUMN_SIZE when the declared type has no length. */
  private static final int NO_SIZE = 2_000_000_000;

  @Override
  public ColumnType map(RawColumnType raw) {
    Integer size = raw.size() != null && raw.size() == NO_SIZE ? null : raw.size();
    String n = raw.baseName();
    return switch (n) {
      case "BOOLEAN", "BOOL" -> plain(LogicalType.BOOLEAN);
      case "SMALLINT" -> plain(LogicalType.SMALLINT);
      case "INT" -> plain(LogicalType.INT);
      case "VARCHAR", "CHARACTER VARYING", "NVARCHAR" -> string(size);
      case "UUID" -> plain(LogicalType.UUID);
      case "DATE" -> plain(LogicalType.DATE);
      case "TIME" -> plain(LogicalType.TIME);
      case "DATETIME", "TIMESTAMP" -> plain(LogicalType.TIMESTAMP);
      case "JSON" -> plain(LogicalType.JSON);
      case "FLOAT" -> plain(LogicalType.FLOAT);
      case "DECIMAL" -> decimal(size, raw.digits());
      default -> byAffinity(n);
    };
  }

  /** SQLite's affinity rules, applied in its order. */
  static ColumnType byAffinity(String upperName) {
    if (upperName.contains("INT")) {
      return plain(LogicalType.BIGINT);
    }
    if (upperName.contains("CHAR") || upperName.contains("CLOB") || upperName.contains("TEXT")) {
      return plain(LogicalType.TEXT);
    }
    if (upperName.isEmpty() || upperName.contains("BLOB")) {
      return plain(LogicalType.BYTES);
    }
    if (upperName.contains("REAL") || upperName.contains("FLOA") || upperName.contains("DOUB")) {
      return plain(LogicalType.DOUBLE);
    }
    return plain(LogicalType.DECIMAL);
  }
}
