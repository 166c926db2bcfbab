package io.schemaforge.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.DefaultExpressions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Java initializer of a field whose column has a default. Hibernate inserts every mapped
 * column, so a database default never applies to an entity it saves: the field must start with the
 * same value, or a NOT NULL column with a default would receive NULL.
 */
final class DefaultValues {
  private DefaultValues() {}

  /** Whether the attribute has a default worth an initializer (not blank, not NULL). */
  static boolean has(Attribute a) {
    String d = a.defaultValue();
    return d != null && !d.isBlank() && !d.strip().equalsIgnoreCase("null");
  }

  /**
   * The initializer for the attribute's default, or empty when there is none or it is not a value
   * Java can state (validation reports invalid defaults; the export does not guess).
   */
  static Optional<CodeBlock> initializer(Attribute a, ClassName enumType) {
    if (!has(a)) {
      return Optional.empty();
    }
    String raw = a.defaultValue().strip();
    boolean function = DefaultExpressions.isFunctionFor(raw, a.type());
    String v = DefaultExpressions.unquote(raw);
    try {
      switch (a.type()) {
        case BOOLEAN:
          return Optional.of(CodeBlock.of("$L", Boolean.parseBoolean(v.toLowerCase(Locale.ROOT))));
        case SMALLINT:
          return Optional.of(CodeBlock.of("(short) $L", Short.parseShort(v)));
        case INT:
          return Optional.of(CodeBlock.of("$L", Integer.parseInt(v)));
        case BIGINT:
          return Optional.of(CodeBlock.of("$LL", Long.parseLong(v)));
        case FLOAT:
          return Optional.of(CodeBlock.of("$Lf", Float.parseFloat(v)));
        case DOUBLE:
          return Optional.of(CodeBlock.of("$L", Double.parseDouble(v)));
        case DECIMAL:
          return Optional.of(
              CodeBlock.of("new $T($S)", BigDecimal.class, new BigDecimal(v).toPlainString()));
        case STRING:
        case TEXT:
        case JSON:
          return Optional.of(CodeBlock.of("$S", v));
        case ENUM:
          return a.enumValues().contains(v)
              ? Optional.of(CodeBlock.of("$T.$L", enumType, v))
              : Optional.empty();
        case UUID:
          return function
              ? Optional.of(CodeBlock.of("$T.randomUUID()", UUID.class))
              : Optional.of(
                  CodeBlock.of("$T.fromString($S)", UUID.class, UUID.fromString(v).toString()));
        case DATE:
          return temporal(function, LocalDate.class, v, LocalDate::parse);
        case TIME:
          return temporal(function, LocalTime.class, v, LocalTime::parse);
        case TIMESTAMP:
          return temporal(function, LocalDateTime.class, v.replace(' ', 'T'), LocalDateTime::parse);
        case TIMESTAMPTZ:
          return temporal(
              function, OffsetDateTime.class, v.replace(' ', 'T'), OffsetDateTime::parse);
        default:
          return Optional.empty();
      }
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Optional.empty(); // not a value of the type: validation's invalid-default says so
    }
  }

  private static Optional<CodeBlock> temporal(
      boolean function, Class<?> type, String literal, Function<String, ?> parser) {
    if (function) {
      return Optional.of(CodeBlock.of("$T.now()", type));
    }
    // Parsed here so that a bad literal gives no initializer rather than one that throws later.
    return Optional.of(CodeBlock.of("$T.parse($S)", type, parser.apply(literal).toString()));
  }
}
