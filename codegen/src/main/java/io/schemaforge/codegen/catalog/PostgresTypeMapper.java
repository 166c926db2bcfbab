package io.schemaforge.codegen.catalog;

import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.decimal;
import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.plain;
import static io.schemaforge.codegen.catalog.DatabaseTypeMapper.string;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.model.LogicalType;
import java.util.Locale;

/**
 * PostgreSQL through pgjdbc, which reports internal type names ({@code int8}, {@code bool}, {@code
 * float8}, {@code timestamptz}) and {@code serial} / {@code bigserial} for integer columns whose
 * default is a sequence.
 */
final class PostgresTypeMapper implements DatabaseTypeMapper {
  /** pgjdbc reports this precision for a {@code numeric} without a type modifier. */
  private static final int UNCONSTRAINED_NUMERIC = 1000;

  @Override
  public ColumnType map(RawColumnType raw) {
    String n = raw.typeName().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "bool", "boolean" -> plain(LogicalType.BOOLEAN);
      case "int2", "smallint", "smallserial" -> plain(LogicalType.SMALLINT);
      case "int4", "integer", "serial" -> plain(LogicalType.INT);
      case "int8", "bigint", "bigserial" -> plain(LogicalType.BIGINT);
      case "numeric", "decimal" ->
          raw.size() != null && raw.size() >= UNCONSTRAINED_NUMERIC
              ? plain(LogicalType.DECIMAL)
              : decimal(raw.size(), raw.digits());
      case "float4", "real" -> plain(LogicalType.FLOAT);
      case "float8", "double precision" -> plain(LogicalType.DOUBLE);
      case "varchar", "bpchar", "char", "character varying" -> string(raw.size());
      case "text" -> plain(LogicalType.TEXT);
      case "uuid" -> plain(LogicalType.UUID);
      case "date" -> plain(LogicalType.DATE);
      case "time", "timetz" -> plain(LogicalType.TIME);
      case "timestamp" -> plain(LogicalType.TIMESTAMP);
      case "timestamptz" -> plain(LogicalType.TIMESTAMPTZ);
      case "bytea" -> plain(LogicalType.BYTES);
      case "json", "jsonb" -> plain(LogicalType.JSON);
      default -> DatabaseTypeMapper.byJdbcType(raw);
    };
  }
}
