package io.schemaforge.validation.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.DefaultExpressions;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A default value the column's type cannot hold: text on a number, {@code 2024-13-01} on a date, an
 * enum default that is not one of the values, a string longer than the column, NULL on a NOT NULL
 * column, or any default on an identity column. Literals may be written quoted ({@code 'draft'}) or
 * not; known functions are accepted for the types they produce: {@code CURRENT_TIMESTAMP}, {@code
 * now()}, {@code LOCALTIMESTAMP} for timestamps, {@code CURRENT_DATE} for dates, {@code
 * CURRENT_TIME} for times, {@code gen_random_uuid()} and its relatives for UUIDs.
 */
public final class InvalidDefaultRule implements EntityRule {
  public static final String ID = "invalid-default";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
  private static final Pattern FLOAT =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "A default value must be valid for its column's type.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    for (Attribute a : entity.attributes()) {
      if (a.defaultValue() == null || a.defaultValue().isBlank()) {
        continue;
      }
      problem(a)
          .ifPresent(
              p ->
                  out.accept(
                      diagnostic(
                          a.id(),
                          entity.id(),
                          DiagnosticText.path(entity, a),
                          "Default "
                              + shown(a.defaultValue().strip())
                              + " of "
                              + DiagnosticText.field(entity, a)
                              + " ("
                              + a.typeDisplay()
                              + ") "
                              + p
                              + ".")));
    }
  }

  /** Removes the default. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .filter(a -> a.defaultValue() != null)
                    .map(
                        a ->
                            new QuickFix(
                                "Remove the default of " + a.name(),
                                new ChangeAttributeCommand(
                                    e.id(), a.toBuilder().defaultValue(null).build()))));
  }

  /** What is wrong with the attribute's (non-blank) default, as the end of a sentence. */
  static Optional<String> problem(Attribute a) {
    String raw = a.defaultValue().strip();
    if (a.identity()) {
      return Optional.of("is not allowed: an identity column generates its own values");
    }
    if (raw.equalsIgnoreCase("null")) {
      return a.nullable() && !a.primaryKey()
          ? Optional.empty()
          : Optional.of("is not allowed: the column is NOT NULL");
    }
    String value = DefaultExpressions.unquote(raw);
    LogicalType t = a.type();
    switch (t) {
      case BOOLEAN:
        return expect(isBoolean(value), "true or false");
      case SMALLINT:
        return integer(
            value, BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE));
      case INT:
        return integer(
            value, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
      case BIGINT:
        return integer(
            value, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
      case DECIMAL:
        return decimal(value, a.precision(), a.scale());
      case FLOAT:
      case DOUBLE:
        return expect(FLOAT.matcher(value).matches(), "a number");
      case STRING:
        return a.length() != null && value.codePointCount(0, value.length()) > a.length()
            ? Optional.of("is longer than the column's " + a.length() + " characters")
            : Optional.empty();
      case UUID:
        return expect(
            DefaultExpressions.isFunctionFor(raw, t) || UUID.matcher(value).matches(),
            "a UUID such as 123e4567-e89b-12d3-a456-426614174000 or gen_random_uuid()");
      case DATE:
        return expect(
            DefaultExpressions.isFunctionFor(raw, t) || parses(() -> LocalDate.parse(value)),
            "a date such as 2024-01-31 or CURRENT_DATE");
      case TIME:
        return expect(
            DefaultExpressions.isFunctionFor(raw, t) || parses(() -> LocalTime.parse(value)),
            "a time such as 13:45:00 or CURRENT_TIME");
      case TIMESTAMP:
        return expect(
            DefaultExpressions.isFunctionFor(raw, t) || isTimestamp(value, false),
            "a timestamp such as 2024-01-31 13:45:00 or CURRENT_TIMESTAMP");
      case TIMESTAMPTZ:
        return expect(
            DefaultExpressions.isFunctionFor(raw, t) || isTimestamp(value, true),
            "a timestamp such as 2024-01-31 13:45:00+00:00 or CURRENT_TIMESTAMP");
      case JSON:
        return expect(isJson(value), "a JSON document such as {} or []");
      case ENUM:
        return a.enumValues().contains(value)
            ? Optional.empty()
            : Optional.of("is not one of its values " + a.enumValues());
      case TEXT:
      case BYTES:
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> expect(boolean ok, String what) {
    return ok ? Optional.empty() : Optional.of("is not valid: expected " + what);
  }

  private static Optional<String> integer(String value, BigInteger min, BigInteger max) {
    if (!INTEGER.matcher(value).matches()) {
      return Optional.of("is not valid: expected a whole number");
    }
    BigInteger n = new BigInteger(value);
    if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
      return Optional.of("is out of range: the type holds " + min + " to " + max);
    }
    return Optional.empty();
  }

  private static Optional<String> decimal(String value, Integer precision, Integer scale) {
    if (!DECIMAL.matcher(value).matches()) {
      return Optional.of("is not valid: expected a number");
    }
    if (precision == null) {
      return Optional.empty();
    }
    BigDecimal n = new BigDecimal(value);
    int s = scale == null ? 0 : scale;
    // Digits before the point must fit precision - scale; extra fraction digits are rounded.
    int integerDigits = Math.max(0, n.precision() - n.scale());
    if (integerDigits > precision - s) {
      return Optional.of(
          "does not fit: the type allows " + (precision - s) + " digits before the decimal point");
    }
    return Optional.empty();
  }

  private static boolean isBoolean(String v) {
    String b = v.toLowerCase(Locale.ROOT);
    return b.equals("true") || b.equals("false") || b.equals("1") || b.equals("0");
  }

  private static boolean isTimestamp(String v, boolean zoned) {
    String iso =
        v.length() > 10 && v.charAt(10) == ' ' ? v.substring(0, 10) + "T" + v.substring(11) : v;
    if (parses(() -> LocalDateTime.parse(iso)) || parses(() -> LocalDate.parse(iso))) {
      return true;
    }
    if (!zoned) {
      return false;
    }
    // PostgreSQL also writes offsets as +02; java.time wants +02:00.
    String withMinutes = iso.matches(".*[+-]\\d{2}$") ? iso + ":00" : iso;
    return parses(() -> OffsetDateTime.parse(withMinutes));
  }

  private static boolean isJson(String v) {
    if (v.isBlank()) {
      return false;
    }
    try {
      JSON.readTree(v);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The default as typed, in quotes unless it already has them. */
  private static String shown(String raw) {
    return raw.startsWith("'") ? raw : "'" + raw + "'";
  }
}
