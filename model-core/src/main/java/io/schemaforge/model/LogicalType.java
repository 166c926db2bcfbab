package io.schemaforge.model;

/** The database-independent types of PRODUCT.md; each dialect maps them to its own. */
public enum LogicalType {
  BOOLEAN,
  SMALLINT,
  INT,
  BIGINT,
  DECIMAL,
  FLOAT,
  DOUBLE,
  STRING,
  TEXT,
  UUID,
  DATE,
  TIME,
  TIMESTAMP,
  TIMESTAMPTZ,
  BYTES,
  JSON,
  ENUM;

  public boolean isInteger() {
    return this == SMALLINT || this == INT || this == BIGINT;
  }

  public boolean isNumeric() {
    return isInteger() || this == DECIMAL || this == FLOAT || this == DOUBLE;
  }

  public boolean isFloatingPoint() {
    return this == FLOAT || this == DOUBLE;
  }

  public boolean isTemporal() {
    return this == DATE || this == TIME || this == TIMESTAMP || this == TIMESTAMPTZ;
  }

  /** Whether a length applies (STRING(n)). */
  public boolean hasLength() {
    return this == STRING;
  }

  /** Whether precision and scale apply (DECIMAL(p,s)). */
  public boolean hasPrecision() {
    return this == DECIMAL;
  }

  /** Short form used on cards and in the short attribute syntax, e.g. {@code string(200)}. */
  public String display(Integer length, Integer precision, Integer scale) {
    String name = name().toLowerCase(java.util.Locale.ROOT);
    if (hasLength() && length != null) {
      return name + "(" + length + ")";
    }
    if (hasPrecision() && precision != null) {
      return name + "(" + precision + (scale != null ? "," + scale : "") + ")";
    }
    return name;
  }
}
