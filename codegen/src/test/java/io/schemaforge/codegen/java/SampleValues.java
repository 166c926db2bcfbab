package io.schemaforge.codegen.java;

import io.schemaforge.model.Attribute;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A value of each logical type that fits the attribute's column and validation hints. */
final class SampleValues {
  private SampleValues() {}

  /**
   * A value for the attribute; {@code n} makes strings differ between instances (unique columns).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Object of(Attribute a, Class<?> fieldType, int n) {
    switch (a.type()) {
      case BOOLEAN:
        return true;
      case SMALLINT:
        return (short) number(a);
      case INT:
        return (int) number(a);
      case BIGINT:
        return number(a);
      case DECIMAL:
        {
          int scale = a.scale() == null ? 0 : a.scale();
          return BigDecimal.valueOf(number(a)).setScale(scale);
        }
      case FLOAT:
        return 1.5f;
      case DOUBLE:
        return 2.5;
      case STRING:
        {
          String s = a.hints().email() ? "u" + n + "@example.com" : a.name() + "-" + n;
          int max = a.length() == null ? s.length() : a.length();
          return s.length() <= max ? s : s.substring(s.length() - max);
        }
      case TEXT:
        return "text " + n;
      case JSON:
        return "{\"n\": " + n + "}";
      case UUID:
        return UUID.randomUUID();
      case DATE:
        return LocalDate.of(2024, 1, 31);
      case TIME:
        return LocalTime.of(13, 45, 0);
      case TIMESTAMP:
        return LocalDateTime.of(2024, 1, 31, 13, 45, 0);
      case TIMESTAMPTZ:
        return OffsetDateTime.of(2024, 1, 31, 13, 45, 0, 0, ZoneOffset.UTC);
      case BYTES:
        return new byte[] {1, 2, 3};
      case ENUM:
        return Enum.valueOf((Class<? extends Enum>) fieldType, a.enumValues().get(0));
      default:
        throw new IllegalArgumentException("no sample for " + a.type());
    }
  }

  /** 7, or inside the attribute's min / max. */
  private static long number(Attribute a) {
    long v = 7;
    if (a.hints().min() != null && v < a.hints().min()) {
      v = a.hints().min();
    }
    if (a.hints().max() != null && v > a.hints().max()) {
      v = a.hints().max();
    }
    return v;
  }
}
