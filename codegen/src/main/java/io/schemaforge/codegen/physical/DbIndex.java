package io.schemaforge.codegen.physical;

import java.util.List;

/** An index over columns (by column id); {@code unique} makes it a unique index. */
public record DbIndex(String id, String name, List<String> columnIds, boolean unique) {
  public DbIndex {
    columnIds = List.copyOf(columnIds);
  }
}
