package io.schemaforge.codegen.migration.sql;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.model.Dialect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultDataType;
import org.jooq.impl.SQLDataType;

/**
 * The column type a logical type becomes in each dialect (PRODUCT.md's mapping table). jOOQ's own
 * types are used where they render what we mean; where jOOQ is wrong or picks something else
 * (STACK.md: MySQL has no {@code timestamp with time zone}, and jOOQ maps local date-times to
 * {@code timestamp(6)} with its 2038 limit; SQLite has only type affinities) a named type is built.
 */
public final class SqlTypes {
  private SqlTypes() {}

  /** The jOOQ dialect that renders our dialect. */
  public static SQLDialect jooq(Dialect d) {
    return switch (d) {
      case POSTGRES -> SQLDialect.POSTGRES;
      case MYSQL -> SQLDialect.MYSQL;
      case MARIADB -> SQLDialect.MARIADB;
      case H2 -> SQLDialect.H2;
      case SQLITE -> SQLDialect.SQLITE;
    };
  }

  /** The type to declare, without nullability or default. */
  public static DataType<?> of(ColumnType t, Dialect d) {
    return switch (d) {
      case SQLITE -> sqlite(t);
      case MYSQL, MARIADB -> mysql(t, d);
      default -> standard(t, d);
    };
  }

  private static DataType<?> standard(ColumnType t, Dialect d) {
    return switch (t.logical()) {
      case BOOLEAN -> SQLDataType.BOOLEAN;
      case SMALLINT -> SQLDataType.SMALLINT;
      case INT -> SQLDataType.INTEGER;
      case BIGINT -> SQLDataType.BIGINT;
      case DECIMAL -> decimal(t);
      case FLOAT -> SQLDataType.REAL;
      case DOUBLE -> SQLDataType.DOUBLE;
      case STRING, ENUM ->
          t.length() == null ? unboundedString(d) : SQLDataType.VARCHAR(t.length());
      case TEXT -> d == Dialect.POSTGRES ? SQLDataType.CLOB : SQLDataType.VARCHAR;
      case UUID -> SQLDataType.UUID;
      case DATE -> SQLDataType.LOCALDATE;
      case TIME -> SQLDataType.LOCALTIME;
      case TIMESTAMP -> SQLDataType.LOCALDATETIME(6);
      case TIMESTAMPTZ -> SQLDataType.OFFSETDATETIME(6);
      case BYTES -> d == Dialect.POSTGRES ? SQLDataType.BLOB : SQLDataType.VARBINARY;
      case JSON -> d == Dialect.POSTGRES ? SQLDataType.JSONB : SQLDataType.JSON;
    };
  }

  // An unbounded string: PostgreSQL's text, H2's varchar without a length (1,000,000 chars).
  private static DataType<?> unboundedString(Dialect d) {
    return d == Dialect.POSTGRES ? SQLDataType.CLOB : SQLDataType.VARCHAR;
  }

  private static DataType<?> mysql(ColumnType t, Dialect d) {
    SQLDialect j = jooq(d);
    return switch (t.logical()) {
      case STRING, ENUM ->
          t.length() == null ? named(j, String.class, "text") : SQLDataType.VARCHAR(t.length());
      case TEXT -> named(j, String.class, "longtext");
      case FLOAT -> named(j, Float.class, "float");
      case DOUBLE -> named(j, Double.class, "double");
      case UUID -> named(j, String.class, "char").length(36);
        // datetime(6), not timestamp(6): no 2038 limit and no session time-zone conversion.
      case TIMESTAMP -> named(j, LocalDateTime.class, "datetime").precision(6);
      case TIMESTAMPTZ -> named(j, OffsetDateTime.class, "datetime").precision(6);
      case BYTES -> named(j, byte[].class, "longblob");
      case JSON -> named(j, String.class, "json");
      default -> standard(t, d);
    };
  }

  private static DataType<?> sqlite(ColumnType t) {
    SQLDialect j = SQLDialect.SQLITE;
    return switch (t.logical()) {
      case BOOLEAN, SMALLINT, INT, BIGINT -> named(j, Long.class, "integer");
      case DECIMAL -> named(j, BigDecimal.class, "numeric");
      case FLOAT, DOUBLE -> named(j, Double.class, "real");
      case BYTES -> named(j, byte[].class, "blob");
      case DATE -> named(j, LocalDate.class, "text");
      case TIME -> named(j, LocalTime.class, "text");
      default -> named(j, String.class, "text");
    };
  }

  private static DataType<?> decimal(ColumnType t) {
    if (t.precision() == null) {
      return SQLDataType.NUMERIC;
    }
    return SQLDataType.NUMERIC(t.precision(), t.scale() == null ? 0 : t.scale());
  }

  @SuppressWarnings("deprecation") // the public constructor is how jOOQ builds a named type
  private static <T> DataType<T> named(SQLDialect d, Class<T> type, String name) {
    return new DefaultDataType<>(d, type, name);
  }
}
