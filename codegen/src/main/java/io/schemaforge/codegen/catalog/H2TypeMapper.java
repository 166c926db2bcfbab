package io.schemaforge.codegen.catalog;

import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.decimal;
import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.plain;
import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.string;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.model.LogicalType;

/**
 * H2 2.x, which reports SQL-standard names ({@code CHARACTER VARYING}, {@code CHARACTER LARGE
 * OBJECT}, {@code DOUBLE PRECISION}). A {@code varchar} declared without a length reports H2's
 * maximum, 1,000,000,000, and is read as TEXT, as is a CLOB.
 */
final class H2TypeMapper implements DatabaseTypeMapper {
  /** H2's maximum length of character and binary strings: what an unbounded varchar reports. */
  static final int MAX_LENGTH = 1_000_000_000;

  @Override
  public ColumnType map(RawColumnType raw) {
    Integer size = raw.size();
    return switch (raw.baseName()) {
      case "BOOLEAN" -> plain(LogicalType.BOOLEAN);
      case "TINYINT", "SMALLINT" -> plain(LogicalType.SMALLINT);
      case "INTEGER", "INT" -> plain(LogicalType.INT);
      case "BIGINT" -> plain(LogicalType.BIGINT);
      case "NUMERIC", "DECIMAL", "DECFLOAT" -> decimal(size, raw.digits());
      case "REAL" -> plain(LogicalType.FLOAT);
      case "DOUBLE PRECISION", "DOUBLE", "FLOAT" -> plain(LogicalType.DOUBLE);
      case "CHARACTER VARYING", "VARCHAR", "VARCHAR_IGNORECASE", "CHARACTER" ->
          size != null && size >= MAX_LENGTH ? plain(LogicalType.TEXT) : string(size);
      case "CHARACTER LARGE OBJECT", "CLOB" -> plain(LogicalType.TEXT);
      case "UUID" -> plain(LogicalType.UUID);
      case "DATE" -> plain(LogicalType.DATE);
      case "TIME", "TIME WITH TIME ZONE" -> plain(LogicalType.TIME);
      case "TIMESTAMP" -> plain(LogicalType.TIMESTAMP);
      case "TIMESTAMP WITH TIME ZONE" -> plain(LogicalType.TIMESTAMPTZ);
      case "BINARY VARYING", "BINARY LARGE OBJECT", "BINARY", "VARBINARY", "BLOB" ->
          plain(LogicalType.BYTES);
      case "JSON" -> plain(LogicalType.JSON);
      case "ENUM" -> plain(LogicalType.ENUM);
      default -> DatabaseTypeMapper.byJdbcType(raw);
    };
  }
}
