package io.schemaforge.codegen.physical;

import java.util.List;

/** A unique constraint over columns (by column id). */
public record DbUnique(String id, String name, List<String> columnIds) {
  public DbUnique {
    columnIds = List.copyOf(columnIds);
  }
}
