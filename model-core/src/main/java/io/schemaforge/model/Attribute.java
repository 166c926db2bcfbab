package io.schemaforge.model;

import java.util.List;
import java.util.Objects;

/**
 * A field of an entity and the column it maps to. Immutable: a change builds a new value with
 * {@link #toBuilder()} and a command puts it in place of the old one, which keeps undo trivial.
 */
public final class Attribute {
  private final String id;
  private final String name;
  private final String columnName;
  private final String sourceName;
  private final LogicalType type;
  private final Integer length;
  private final Integer precision;
  private final Integer scale;
  private final boolean primaryKey;
  private final boolean identity;
  private final boolean nullable;
  private final boolean unique;
  private final String defaultValue;
  private final boolean sensitive;
  private final String comment;
  private final List<String> enumValues;
  private final ValidationHints hints;

  private Attribute(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.name = Objects.requireNonNull(b.name, "name");
    this.columnName = Objects.requireNonNull(b.columnName, "columnName");
    this.sourceName = b.sourceName;
    this.type = Objects.requireNonNull(b.type, "type");
    this.length = b.length;
    this.precision = b.precision;
    this.scale = b.scale;
    this.primaryKey = b.primaryKey;
    this.identity = b.identity;
    this.nullable = b.nullable;
    this.unique = b.unique;
    this.defaultValue = b.defaultValue;
    this.sensitive = b.sensitive;
    this.comment = b.comment;
    this.enumValues = List.copyOf(b.enumValues);
    this.hints = b.hints == null ? ValidationHints.NONE : b.hints;
  }

  /** Starts a new attribute; nullable by default, as a fresh column is. */
  public static Builder builder(String id, String name, String columnName, LogicalType type) {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.columnName = columnName;
    b.type = type;
    b.nullable = true;
    return b;
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.columnName = columnName;
    b.sourceName = sourceName;
    b.type = type;
    b.length = length;
    b.precision = precision;
    b.scale = scale;
    b.primaryKey = primaryKey;
    b.identity = identity;
    b.nullable = nullable;
    b.unique = unique;
    b.defaultValue = defaultValue;
    b.sensitive = sensitive;
    b.comment = comment;
    b.enumValues = enumValues;
    b.hints = hints;
    return b;
  }

  public String id() {
    return id;
  }

  /** The Java field name. */
  public String name() {
    return name;
  }

  public String columnName() {
    return columnName;
  }

  /** The name an importer read, or null when the attribute was designed here. */
  public String sourceName() {
    return sourceName;
  }

  public LogicalType type() {
    return type;
  }

  public Integer length() {
    return length;
  }

  public Integer precision() {
    return precision;
  }

  public Integer scale() {
    return scale;
  }

  public boolean primaryKey() {
    return primaryKey;
  }

  public boolean identity() {
    return identity;
  }

  public boolean nullable() {
    return nullable;
  }

  public boolean unique() {
    return unique;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public boolean sensitive() {
    return sensitive;
  }

  public String comment() {
    return comment;
  }

  /** Values of an ENUM attribute, in declaration order (unmodifiable). */
  public List<String> enumValues() {
    return enumValues;
  }

  public ValidationHints hints() {
    return hints;
  }

  /** The type as shown on a card, e.g. {@code string(200)}. */
  public String typeDisplay() {
    return type.display(length, precision, scale);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Attribute)) {
      return false;
    }
    Attribute a = (Attribute) o;
    return primaryKey == a.primaryKey
        && identity == a.identity
        && nullable == a.nullable
        && unique == a.unique
        && sensitive == a.sensitive
        && id.equals(a.id)
        && name.equals(a.name)
        && columnName.equals(a.columnName)
        && Objects.equals(sourceName, a.sourceName)
        && type == a.type
        && Objects.equals(length, a.length)
        && Objects.equals(precision, a.precision)
        && Objects.equals(scale, a.scale)
        && Objects.equals(defaultValue, a.defaultValue)
        && Objects.equals(comment, a.comment)
        && enumValues.equals(a.enumValues)
        && hints.equals(a.hints);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, columnName, type, length, precision, scale, nullable);
  }

  @Override
  public String toString() {
    return name + ":" + typeDisplay();
  }

  /** Builds an {@link Attribute}; a plain value builder, not a model mutator. */
  public static final class Builder {
    private String id;
    private String name;
    private String columnName;
    private String sourceName;
    private LogicalType type;
    private Integer length;
    private Integer precision;
    private Integer scale;
    private boolean primaryKey;
    private boolean identity;
    private boolean nullable;
    private boolean unique;
    private String defaultValue;
    private boolean sensitive;
    private String comment;
    private List<String> enumValues = List.of();
    private ValidationHints hints = ValidationHints.NONE;

    private Builder() {}

    public Builder name(String v) {
      name = v;
      return this;
    }

    public Builder columnName(String v) {
      columnName = v;
      return this;
    }

    public Builder sourceName(String v) {
      sourceName = v;
      return this;
    }

    public Builder type(LogicalType v) {
      type = v;
      return this;
    }

    public Builder length(Integer v) {
      length = v;
      return this;
    }

    public Builder precision(Integer v) {
      precision = v;
      return this;
    }

    public Builder scale(Integer v) {
      scale = v;
      return this;
    }

    public Builder primaryKey(boolean v) {
      primaryKey = v;
      return this;
    }

    public Builder identity(boolean v) {
      identity = v;
      return this;
    }

    public Builder nullable(boolean v) {
      nullable = v;
      return this;
    }

    public Builder unique(boolean v) {
      unique = v;
      return this;
    }

    public Builder defaultValue(String v) {
      defaultValue = v;
      return this;
    }

    public Builder sensitive(boolean v) {
      sensitive = v;
      return this;
    }

    public Builder comment(String v) {
      comment = v;
      return this;
    }

    public Builder enumValues(List<String> v) {
      enumValues = v == null ? List.of() : v;
      return this;
    }

    public Builder hints(ValidationHints v) {
      hints = v;
      return this;
    }

    public Attribute build() {
      return new Attribute(this);
    }
  }
}
