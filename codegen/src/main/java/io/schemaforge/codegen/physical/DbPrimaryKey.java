package io.schemaforge.codegen.physical;

import java.util.List;

/** A primary key: its constraint name and its columns, by column id. */
public record DbPrimaryKey(String name, List<String> columnIds) {
  public DbPrimaryKey {
    columnIds = List.copyOf(columnIds);
  }
}
