package io.schemaforge.codegen.importer.jpa;

import io.schemaforge.model.LogicalType;
import java.util.Map;

/** The logical type a field's Java type stands for, as an entity generator would write it back. */
final class JavaTypeMapping {
  private static final Map<String, LogicalType> BY_JAVA_TYPE =
      Map.ofEntries(
          Map.entry("Long", LogicalType.BIGINT),
          Map.entry("long", LogicalType.BIGINT),
          Map.entry("Integer", LogicalType.INT),
          Map.entry("int", LogicalType.INT),
          Map.entry("Short", LogicalType.SMALLINT),
          Map.entry("short", LogicalType.SMALLINT),
          Map.entry("Byte", LogicalType.SMALLINT),
          Map.entry("byte", LogicalType.SMALLINT),
          Map.entry("Boolean", LogicalType.BOOLEAN),
          Map.entry("boolean", LogicalType.BOOLEAN),
          Map.entry("BigDecimal", LogicalType.DECIMAL),
          Map.entry("BigInteger", LogicalType.DECIMAL),
          Map.entry("Double", LogicalType.DOUBLE),
          Map.entry("double", LogicalType.DOUBLE),
          Map.entry("Float", LogicalType.FLOAT),
          Map.entry("float", LogicalType.FLOAT),
          Map.entry("String", LogicalType.STRING),
          Map.entry("char", LogicalType.STRING),
          Map.entry("Character", LogicalType.STRING),
          Map.entry("LocalDate", LogicalType.DATE),
          Map.entry("LocalTime", LogicalType.TIME),
          Map.entry("OffsetTime", LogicalType.TIME),
          Map.entry("LocalDateTime", LogicalType.TIMESTAMP),
          Map.entry("Date", LogicalType.TIMESTAMP),
          Map.entry("Timestamp", LogicalType.TIMESTAMP),
          Map.entry("Calendar", LogicalType.TIMESTAMP),
          Map.entry("Instant", LogicalType.TIMESTAMPTZ),
          Map.entry("OffsetDateTime", LogicalType.TIMESTAMPTZ),
          Map.entry("ZonedDateTime", LogicalType.TIMESTAMPTZ),
          Map.entry("UUID", LogicalType.UUID),
          Map.entry("byte[]", LogicalType.BYTES),
          Map.entry("Byte[]", LogicalType.BYTES),
          Map.entry("Blob", LogicalType.BYTES),
          Map.entry("Clob", LogicalType.TEXT));

  private JavaTypeMapping() {}

  /** The logical type, or null when the Java type is not one JPA maps by itself. */
  static LogicalType logical(JpaColumn c) {
    if (c.enumType() != null) {
      return "STRING".equals(c.enumType()) ? LogicalType.ENUM : LogicalType.SMALLINT;
    }
    LogicalType t = BY_JAVA_TYPE.get(c.javaType());
    if (t == LogicalType.STRING && c.lob()) {
      return LogicalType.TEXT;
    }
    return t;
  }
}
