package io.schemaforge.codegen.importer.jpa;

import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.model.LogicalType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a field's Java type and mapping fit the column the migrations create. Lenient where the
 * application cannot tell the difference (an {@code Integer} field on {@code int4} or {@code int8},
 * a {@code String} of default length 255 on {@code varchar(255)}, {@code @Lob} on {@code text}),
 * strict where data would be cut or refused (a {@code Long} on {@code int4}, a length that differs,
 * a {@code String} on {@code int4}).
 */
final class ColumnTypeCheck {
  private static final int DEFAULT_STRING_LENGTH = 255;

  private static final Set<LogicalType> TEXTUAL =
      EnumSet.of(LogicalType.STRING, LogicalType.TEXT, LogicalType.ENUM, LogicalType.JSON);

  // Java integer types and their width rank; a column at least as wide holds every value.
  private static final Map<String, Integer> INTEGER_RANK =
      Map.of(
          "byte", 1, "Byte", 1, "short", 1, "Short", 1, "int", 2, "Integer", 2, "long", 3, "Long",
          3);
  private static final Map<LogicalType, Integer> COLUMN_RANK =
      Map.of(LogicalType.SMALLINT, 1, LogicalType.INT, 2, LogicalType.BIGINT, 3);

  private ColumnTypeCheck() {}

  /** What does not fit: WARNING when data would be cut or refused, INFO when merely different. */
  record Problem(Severity severity, String message) {}

  /** What does not fit, or empty when the column suits the field. */
  static Optional<Problem> problem(JpaColumn field, ColumnType column) {
    if (field.converted()) {
      return Optional.empty();
    }
    LogicalType db = column.logical();
    String java = field.javaType();
    if (field.enumType() != null) {
      boolean ok =
          "STRING".equals(field.enumType())
              ? TEXTUAL.contains(db)
              : db.isInteger() || db == LogicalType.ENUM;
      return ok
          ? Optional.empty()
          : mismatch(field, column, "an enum stored as " + field.enumType());
    }
    if (INTEGER_RANK.containsKey(java)) {
      if (!db.isInteger() && db != LogicalType.DECIMAL) {
        return mismatch(field, column, java);
      }
      Integer rank = COLUMN_RANK.get(db);
      return rank != null && rank < INTEGER_RANK.get(java)
          ? warning(java + " field on a narrower " + column + " column (values would not fit)")
          : Optional.empty();
    }
    return switch (java) {
      case "String", "char", "Character" -> string(field, column);
      case "boolean", "Boolean" ->
          db == LogicalType.BOOLEAN || db.isInteger()
              ? Optional.empty()
              : mismatch(field, column, java);
      case "BigDecimal", "BigInteger" -> decimal(field, column);
      case "double", "Double", "float", "Float" ->
          db.isFloatingPoint() || db == LogicalType.DECIMAL
              ? Optional.empty()
              : mismatch(field, column, java);
      case "LocalDate" -> expect(field, column, EnumSet.of(LogicalType.DATE));
      case "LocalTime", "OffsetTime" -> expect(field, column, EnumSet.of(LogicalType.TIME));
      case "LocalDateTime", "Instant", "OffsetDateTime", "ZonedDateTime", "Timestamp" ->
          expect(field, column, EnumSet.of(LogicalType.TIMESTAMP, LogicalType.TIMESTAMPTZ));
      case "Date", "Calendar" -> db.isTemporal() ? Optional.empty() : mismatch(field, column, java);
      case "UUID" ->
          expect(
              field, column, EnumSet.of(LogicalType.UUID, LogicalType.STRING, LogicalType.BYTES));
      case "byte[]", "Byte[]", "Blob" -> expect(field, column, EnumSet.of(LogicalType.BYTES));
      case "Clob" -> expect(field, column, EnumSet.of(LogicalType.TEXT, LogicalType.STRING));
        // a type the sources define (a JSON document, a custom type): its converter decides
      default -> Optional.empty();
    };
  }

  private static Optional<Problem> string(JpaColumn field, ColumnType column) {
    LogicalType db = column.logical();
    if (!TEXTUAL.contains(db)) {
      return mismatch(field, column, field.javaType());
    }
    if (db != LogicalType.STRING || column.length() == null) {
      // text (or an unbounded varchar) holds any string the field can have
      return Optional.empty();
    }
    if (field.lob()) {
      return warning("@Lob field on a bounded " + column + " column");
    }
    int expected =
        field.length() != null
            ? field.length()
            : field.javaType().startsWith("char") || field.javaType().equals("Character")
                ? 1
                : DEFAULT_STRING_LENGTH;
    if (expected == column.length()) {
      return Optional.empty();
    }
    String text =
        "length "
            + expected
            + (field.length() == null ? " (JPA's default)" : "")
            + " but the column is "
            + column;
    // a wider column loses nothing; a narrower one refuses values the application accepts
    return Optional.of(
        new Problem(expected < column.length() ? Severity.INFO : Severity.WARNING, text));
  }

  private static Optional<Problem> decimal(JpaColumn field, ColumnType column) {
    LogicalType db = column.logical();
    if (db != LogicalType.DECIMAL && !db.isInteger()) {
      return mismatch(field, column, field.javaType());
    }
    if (db == LogicalType.DECIMAL
        && field.precision() != null
        && field.precision() > 0
        && column.precision() != null
        && (!field.precision().equals(column.precision())
            || (field.scale() != null
                && column.scale() != null
                && !field.scale().equals(column.scale())))) {
      return warning(
          "precision "
              + field.precision()
              + (field.scale() != null ? "," + field.scale() : "")
              + " but the column is "
              + column);
    }
    return Optional.empty();
  }

  private static Optional<Problem> expect(JpaColumn field, ColumnType column, Set<LogicalType> ok) {
    return ok.contains(column.logical())
        ? Optional.empty()
        : mismatch(field, column, field.javaType());
  }

  private static Optional<Problem> mismatch(JpaColumn field, ColumnType column, String what) {
    return warning(what + " field but the column is " + column);
  }

  private static Optional<Problem> warning(String message) {
    return Optional.of(new Problem(Severity.WARNING, message));
  }
}
