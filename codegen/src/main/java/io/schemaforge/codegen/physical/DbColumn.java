package io.schemaforge.codegen.physical;

import java.util.Objects;

/**
 * A column as the migration export sees it.
 *
 * @param id the model attribute's id (or a derived id for trait and join-table columns, or {@code
 *     name:<column>} for a column read from a database), stable across renames
 * @param defaultValue the model's default: a literal (quoted or not) or a known function such as
 *     {@code CURRENT_TIMESTAMP}; null for none
 */
public record DbColumn(
    String id,
    String name,
    ColumnType type,
    boolean nullable,
    String defaultValue,
    boolean identity,
    String comment) {

  public DbColumn {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public DbColumn withName(String n) {
    return new DbColumn(id, n, type, nullable, defaultValue, identity, comment);
  }
}
