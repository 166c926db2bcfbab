package io.schemaforge.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a model default is written: a literal, quoted ({@code 'draft'}) or not, or one of the known
 * functions that produce a value of the column's type ({@code CURRENT_TIMESTAMP}, {@code now()},
 * {@code CURRENT_DATE}, {@code gen_random_uuid()}, ...). Validation, the migration export and the
 * Java export read defaults through this one class, so they agree on what is a function.
 */
public final class DefaultExpressions {
  // Compared lower case without spaces; "(n)" is a fractional-seconds precision.
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

  private DefaultExpressions() {}

  /** Whether {@code raw} is a known function that produces a value of type {@code type}. */
  public static boolean isFunctionFor(String raw, LogicalType type) {
    String f = raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    Pattern p =
        switch (type) {
          case TIMESTAMP, TIMESTAMPTZ -> TIMESTAMP_FUNCTION;
          case DATE -> DATE_FUNCTION;
          case TIME -> TIME_FUNCTION;
          case UUID -> UUID_FUNCTION;
          default -> null;
        };
    return p != null && p.matcher(f).matches();
  }

  /** {@code 'it''s'} to {@code it's}; an unquoted value is returned as it is. */
  public static String unquote(String raw) {
    if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
      return raw.substring(1, raw.length() - 1).replace("''", "'");
    }
    return raw;
  }
}
