package io.schemaforge.codegen.migration.sql;

import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Renders a model default (a literal, quoted or not, or one of the known functions validation
 * accepts) as a jOOQ field for the dialect. Literals are inlined through jOOQ, so quotes are
 * escaped by the library; functions are mapped to the spelling each dialect accepts as a column
 * default.
 */
public final class SqlDefaults {
  private static final Pattern TIMESTAMP_FUNCTION =
      Pattern.compile(
          "(current_timestamp|localtimestamp)(\\(\\d?\\))?|now\\(\\d?\\)"
              + "|(statement|transaction|clock)_timestamp\\(\\)");
  private static final Pattern DATE_FUNCTION =
      Pattern.compile("current_date(\\(\\))?|curdate\\(\\)");
  private static final Pattern TIME_FUNCTION =
      Pattern.compile("(current_time|localtime)(\\(\\d?\\))?|curtime\\(\\d?\\)");
  private static final Pattern UUID_FUNCTION =
      Pattern.compile(
          "gen_random_uuid\\(\\)|uuid_generate_v[14]\\(\\)|random_uuid\\(\\)|uuid\\(\\)");

  private SqlDefaults() {}

  /** The default as a field, or null when the column has none. */
  public static Field<?> of(DbColumn c, Dialect d) {
    String raw = c.defaultValue();
    if (raw == null || raw.isBlank()) {
      return null;
    }
    raw = raw.strip();
    String fn = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    if (fn.equals("null")) {
      return DSL.inline((Object) null);
    }
    LogicalType t = c.type().logical();
    if ((t == LogicalType.TIMESTAMP || t == LogicalType.TIMESTAMPTZ)
        && TIMESTAMP_FUNCTION.matcher(fn).matches()) {
      // MySQL only accepts CURRENT_TIMESTAMP with the column's fractional precision.
      return DSL.field(
          d == Dialect.MYSQL || d == Dialect.MARIADB
              ? "CURRENT_TIMESTAMP(6)"
              : "CURRENT_TIMESTAMP");
    }
    if (t == LogicalType.DATE && DATE_FUNCTION.matcher(fn).matches()) {
      return DSL.field(
          d == Dialect.MYSQL || d == Dialect.MARIADB ? "(CURRENT_DATE)" : "CURRENT_DATE");
    }
    if (t == LogicalType.TIME && TIME_FUNCTION.matcher(fn).matches()) {
      return DSL.field(
          d == Dialect.MYSQL || d == Dialect.MARIADB ? "(CURRENT_TIME)" : "CURRENT_TIME");
    }
    if (t == LogicalType.UUID && UUID_FUNCTION.matcher(fn).matches()) {
      return DSL.field(uuidFunction(d));
    }
    String value = unquote(raw);
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

  /** {@code 'draft'} → {@code draft}; doubled quotes inside become one. */
  static String unquote(String raw) {
    if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
      return raw.substring(1, raw.length() - 1).replace("''", "'");
    }
    return raw;
  }
}
