package io.schemaforge.codegen.catalog;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import java.sql.Types;
import java.util.List;

/**
 * Turns a column type read through JDBC into the logical type (with length, precision and scale)
 * that the migrations of the dialect would have rendered it from. Where two logical types render
 * the same (MySQL TIMESTAMP and TIMESTAMPTZ are both {@code datetime(6)}), the mapper picks one and
 * {@link CatalogComparison} treats them as one family.
 */
public interface DatabaseTypeMapper {

  /** The logical type of a column; never null (unknown types fall back on the JDBC type). */
  ColumnType map(RawColumnType raw);

  /** The mapper for a dialect. */
  static DatabaseTypeMapper of(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> new PostgresTypeMapper();
      case MYSQL, MARIADB -> new MysqlTypeMapper();
      case H2 -> new H2TypeMapper();
      case SQLITE -> new SqliteTypeMapper();
    };
  }

  /** A type without parameters. */
  static ColumnType plain(LogicalType t) {
    return ColumnType.of(t);
  }

  /** A string type with a length; null, zero or {@code Integer.MAX_VALUE} mean unbounded. */
  static ColumnType string(Integer length) {
    Integer n = length == null || length <= 0 || length == Integer.MAX_VALUE ? null : length;
    return new ColumnType(LogicalType.STRING, n, null, null, List.of());
  }

  /** A decimal with precision and scale; a precision of 0 (not reported) means unconstrained. */
  static ColumnType decimal(Integer precision, Integer scale) {
    if (precision == null || precision <= 0) {
      return ColumnType.of(LogicalType.DECIMAL);
    }
    return new ColumnType(LogicalType.DECIMAL, null, precision, scale == null ? 0 : scale, null);
  }

  /** The generic answer from {@link java.sql.Types}, for names a dialect mapper does not know. */
  static ColumnType byJdbcType(RawColumnType raw) {
    return switch (raw.jdbcType()) {
      case Types.BIT, Types.BOOLEAN -> plain(LogicalType.BOOLEAN);
      case Types.TINYINT, Types.SMALLINT -> plain(LogicalType.SMALLINT);
      case Types.INTEGER -> plain(LogicalType.INT);
      case Types.BIGINT -> plain(LogicalType.BIGINT);
      case Types.NUMERIC, Types.DECIMAL -> decimal(raw.size(), raw.digits());
      case Types.REAL, Types.FLOAT -> plain(LogicalType.FLOAT);
      case Types.DOUBLE -> plain(LogicalType.DOUBLE);
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR -> string(raw.size());
      case Types.DATE -> plain(LogicalType.DATE);
      case Types.TIME, Types.TIME_WITH_TIMEZONE -> plain(LogicalType.TIME);
      case Types.TIMESTAMP -> plain(LogicalType.TIMESTAMP);
      case Types.TIMESTAMP_WITH_TIMEZONE -> plain(LogicalType.TIMESTAMPTZ);
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
          plain(LogicalType.BYTES);
      default -> plain(LogicalType.TEXT);
    };
  }
}
