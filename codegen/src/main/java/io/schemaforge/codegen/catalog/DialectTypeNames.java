package io.schemaforge.codegen.catalog;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.model.Dialect;
import java.util.stream.Collectors;

/**
 * The type a column has in one dialect, spelled so that two logical types the dialect stores the
 * same way compare equal: on SQLite only the type affinity; on MySQL/MariaDB TIMESTAMP and
 * TIMESTAMPTZ are both {@code datetime}, {@code boolean} is {@code tinyint(1)}; everywhere an ENUM
 * is the string it is stored as. Used for the comparison and its messages.
 */
public final class DialectTypeNames {
  private DialectTypeNames() {}

  /** The dialect's spelling of a column type, after normalisation. */
  public static String of(Dialect dialect, ColumnType t) {
    return switch (dialect) {
      case POSTGRES -> postgres(t);
      case MYSQL, MARIADB -> mysql(t);
      case H2 -> h2(t);
      case SQLITE -> sqliteAffinity(t);
    };
  }

  private static String postgres(ColumnType t) {
    return switch (t.logical()) {
      case BOOLEAN -> "boolean";
      case SMALLINT -> "smallint";
      case INT -> "integer";
      case BIGINT -> "bigint";
      case DECIMAL -> decimal("numeric", t);
      case FLOAT -> "real";
      case DOUBLE -> "double precision";
      case STRING, ENUM -> varchar(t);
      case TEXT -> "text";
      case UUID -> "uuid";
      case DATE -> "date";
      case TIME -> "time";
      case TIMESTAMP -> "timestamp";
      case TIMESTAMPTZ -> "timestamptz";
      case BYTES -> "bytea";
      case JSON -> "jsonb";
    };
  }

  private static String mysql(ColumnType t) {
    return switch (t.logical()) {
      case BOOLEAN -> "boolean";
      case SMALLINT -> "smallint";
      case INT -> "int";
      case BIGINT -> "bigint";
      case DECIMAL -> decimal("decimal", t);
      case FLOAT -> "float";
      case DOUBLE -> "double";
      case STRING -> varchar(t);
        // A native enum(...) has no length; a varchar-stored one does.
      case ENUM -> t.length() != null ? varchar(t) : enumList(t);
      case TEXT -> "text";
      case UUID -> "char(36)";
      case DATE -> "date";
      case TIME -> "time";
      case TIMESTAMP, TIMESTAMPTZ -> "datetime";
      case BYTES -> "blob";
      case JSON -> "json";
    };
  }

  private static String h2(ColumnType t) {
    return switch (t.logical()) {
      case BOOLEAN -> "boolean";
      case SMALLINT -> "smallint";
      case INT -> "integer";
      case BIGINT -> "bigint";
      case DECIMAL -> decimal("numeric", t);
      case FLOAT -> "real";
      case DOUBLE -> "double precision";
      case STRING, ENUM -> varchar(t);
      case TEXT -> "clob";
      case UUID -> "uuid";
      case DATE -> "date";
      case TIME -> "time";
      case TIMESTAMP -> "timestamp";
      case TIMESTAMPTZ -> "timestamp with time zone";
      case BYTES -> "varbinary";
      case JSON -> "json";
    };
  }

  /** SQLite's five storage classes, as PRODUCT.md's type table assigns them. */
  static String sqliteAffinity(ColumnType t) {
    return switch (t.logical()) {
      case BOOLEAN, SMALLINT, INT, BIGINT -> "integer";
      case DECIMAL -> "numeric";
      case FLOAT, DOUBLE -> "real";
      case BYTES -> "blob";
      case STRING, TEXT, UUID, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, JSON, ENUM -> "text";
    };
  }

  private static String varchar(ColumnType t) {
    return t.length() == null ? "varchar" : "varchar(" + t.length() + ")";
  }

  private static String decimal(String name, ColumnType t) {
    if (t.precision() == null) {
      return name;
    }
    return name + "(" + t.precision() + "," + (t.scale() == null ? 0 : t.scale()) + ")";
  }

  private static String enumList(ColumnType t) {
    return t.enumValues().stream()
        .map(v -> "'" + v.replace("'", "''") + "'")
        .collect(Collectors.joining(",", "enum(", ")"));
  }
}
