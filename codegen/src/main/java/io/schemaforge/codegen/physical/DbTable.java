package io.schemaforge.codegen.physical;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns and constraints, every part carrying a stable id. Columns referred to by
 * constraints are named by id, so a renamed column does not look like a changed constraint.
 *
 * @param id the entity's id (or the relationship's for a join table)
 * @param primaryKey null when the table has none
 */
public record DbTable(
    String id,
    String name,
    String comment,
    List<DbColumn> columns,
    DbPrimaryKey primaryKey,
    List<DbForeignKey> foreignKeys,
    List<DbUnique> uniques,
    List<DbIndex> indexes,
    List<DbCheck> checks) {

  public DbTable {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    foreignKeys = List.copyOf(foreignKeys);
    uniques = List.copyOf(uniques);
    indexes = List.copyOf(indexes);
    checks = List.copyOf(checks);
  }

  public Optional<DbColumn> column(String columnId) {
    return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
  }

  public Optional<DbColumn> columnNamed(String name) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
  }

  /** Column names for column ids, in order; an unknown id is shown as itself. */
  public List<String> columnNames(List<String> columnIds) {
    return columnIds.stream().map(id -> column(id).map(DbColumn::name).orElse(id)).toList();
  }

  public DbTable withName(String n) {
    return new DbTable(id, n, comment, columns, primaryKey, foreignKeys, uniques, indexes, checks);
  }
}
