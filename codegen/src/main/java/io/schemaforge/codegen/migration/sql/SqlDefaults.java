package io.schemaforge.codegen.migration.sql;

import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.model.DefaultExpressions;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import java.math.BigDecimal;
import java.util.Locale;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Renders a model default (a literal, quoted or not, or one of the known functions validation
 * accepts) as a jOOQ field for the dialect. Literals are inlined through jOOQ, so quotes are
 * escaped by the library; functions are mapped to the spelling each dialect accepts as a column
 * default.
 */
public final class SqlDefaults {
  private SqlDefaults() {}

  /** The default as a field, or null when the column has none. */
  public static Field<?> of(DbColumn c, Dialect d) {
    String raw = c.defaultValue();
    if (raw == null || raw.isBlank()) {
      return null;
    }
    raw = raw.strip();
    if (raw.equalsIgnoreCase("null")) {
      return DSL.inline((Object) null);
    }
    LogicalType t = c.type().logical();
    boolean function = DefaultExpressions.isFunctionFor(raw, t);
    if (function && (t == LogicalType.TIMESTAMP || t == LogicalType.TIMESTAMPTZ)) {
      // MySQL only accepts CURRENT_TIMESTAMP with the column's fractional precision.
      return DSL.field(
          d == Dialect.MYSQL || d == Dialect.MARIADB
              ? "CURRENT_TIMESTAMP(6)"
              : "CURRENT_TIMESTAMP");
    }
    if (function && t == LogicalType.DATE) {
      return DSL.field(
          d == Dialect.MYSQL || d == Dialect.MARIADB ? "(CURRENT_DATE)" : "CURRENT_DATE");
    }
    if (function && t == LogicalType.TIME) {
      return DSL.field(
          d == Dialect.MYSQL || d == Dialect.MARIADB ? "(CURRENT_TIME)" : "CURRENT_TIME");
    }
    if (function && t == LogicalType.UUID) {
      return DSL.field(uuidFunction(d));
    }
    String value = DefaultExpressions.unquote(raw);
    return switch (t) {
      case BOOLEAN -> DSL.inline(isTrue(value));
      case SMALLINT, INT, BIGINT -> DSL.inline(Long.parseLong(value));
      case DECIMAL, FLOAT, DOUBLE -> DSL.inline(new BigDecimal(value));
      default -> DSL.inline(value);
    };
  }

  private static String uuidFunction(Dialect d) {
    return switch (d) {
      case POSTGRES -> "gen_random_uuid()";
      case H2 -> "RANDOM_UUID()";
      case MYSQL, MARIADB -> "(uuid())";
      case SQLITE -> "(lower(hex(randomblob(16))))";
    };
  }

  private static boolean isTrue(String v) {
    String s = v.toLowerCase(Locale.ROOT);
    return s.equals("true") || s.equals("1") || s.equals("t") || s.equals("yes");
  }
}
