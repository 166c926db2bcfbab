package io.schemaforge.codegen.physical;

import io.schemaforge.model.LogicalType;
import java.util.List;
import java.util.Objects;

/**
 * A column's type before a dialect renders it: the logical type and its parameters. Enum columns
 * are stored as strings; their values are kept so the check constraint and the diff can see them.
 *
 * @param length for STRING (and the string an ENUM is stored as); null when unbounded
 * @param precision for DECIMAL
 * @param scale for DECIMAL
 */
public record ColumnType(
    LogicalType logical,
    Integer length,
    Integer precision,
    Integer scale,
    List<String> enumValues) {

  public ColumnType {
    Objects.requireNonNull(logical, "logical");
    enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
  }

  public static ColumnType of(LogicalType logical) {
    return new ColumnType(logical, null, null, null, List.of());
  }

  /** The same type without enum values: what the database stores, for type-change detection. */
  public ColumnType storage() {
    return enumValues.isEmpty()
        ? this
        : new ColumnType(logical, length, precision, scale, List.of());
  }

  @Override
  public String toString() {
    return logical.display(length, precision, scale);
  }
}
