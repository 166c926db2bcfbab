package io.schemaforge.codegen.physical;

import java.util.List;
import java.util.Optional;

/**
 * The tables a model produces in a database, or a database's catalog read back: what the migration
 * export diffs (by id) and what the proof compares (by name).
 */
public record DbSchema(List<DbTable> tables) {
  public static final DbSchema EMPTY = new DbSchema(List.of());

  public DbSchema {
    tables = List.copyOf(tables);
  }

  public Optional<DbTable> table(String tableId) {
    return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
  }

  public Optional<DbTable> tableNamed(String name) {
    return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
  }
}
