package io.schemaforge.codegen.catalog;

import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.decimal;
import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.plain;
import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.string;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.model.LogicalType;

/**
 * MySQL and MariaDB. The MariaDB driver reports {@code tinyint(1)} as {@code BOOLEAN}; MariaDB's
 * {@code json} is an alias of {@code longtext} (the reader recognises it by its {@code json_valid}
 * check). {@code char(36)} and {@code binary(16)} are read as UUID, the two ways the migrations
 * store one; {@code datetime} is TIMESTAMP and {@code timestamp} TIMESTAMPTZ.
 */
final class MysqlTypeMapper implements DatabaseTypeMapper {
  private static final int UUID_CHARS = 36;
  private static final int UUID_BYTES = 16;

  @Override
  public ColumnType map(RawColumnType raw) {
    Integer size = raw.size();
    return switch (raw.baseName()) {
      case "BOOLEAN", "BOOL" -> plain(LogicalType.BOOLEAN);
      case "BIT", "TINYINT" ->
          size != null && size == 1 ? plain(LogicalType.BOOLEAN) : plain(LogicalType.SMALLINT);
      case "SMALLINT" -> plain(LogicalType.SMALLINT);
      case "MEDIUMINT", "INT", "INTEGER" -> plain(LogicalType.INT);
      case "BIGINT" -> plain(LogicalType.BIGINT);
      case "DECIMAL", "NUMERIC", "DEC" -> decimal(size, raw.digits());
      case "FLOAT" -> plain(LogicalType.FLOAT);
      case "DOUBLE", "DOUBLE PRECISION", "REAL" -> plain(LogicalType.DOUBLE);
      case "VARCHAR", "NVARCHAR" -> string(size);
      case "CHAR", "NCHAR" ->
          size != null && size == UUID_CHARS ? plain(LogicalType.UUID) : string(size);
      case "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT" -> plain(LogicalType.TEXT);
      case "JSON" -> plain(LogicalType.JSON);
      case "UUID" -> plain(LogicalType.UUID);
      case "BINARY" ->
          size != null && size == UUID_BYTES ? plain(LogicalType.UUID) : plain(LogicalType.BYTES);
      case "VARBINARY", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB" -> plain(LogicalType.BYTES);
      case "DATE" -> plain(LogicalType.DATE);
      case "TIME" -> plain(LogicalType.TIME);
      case "DATETIME" -> plain(LogicalType.TIMESTAMP);
      case "TIMESTAMP" -> plain(LogicalType.TIMESTAMPTZ);
      case "ENUM" -> plain(LogicalType.ENUM);
      default -> DatabaseTypeMapper.byJdbcType(raw);
    };
  }
}
