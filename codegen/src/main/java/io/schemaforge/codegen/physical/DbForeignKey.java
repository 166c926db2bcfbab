package io.schemaforge.codegen.physical;

import io.schemaforge.model.OnDelete;
import java.util.List;

/**
 * A foreign key held by the table it is listed under.
 *
 * @param id the relationship's id (with a suffix for join-table keys), stable across renames
 * @param columnIds the referencing columns of this table, by column id
 * @param referencedTableId the referenced table, by table id
 * @param referencedColumnIds the referenced columns (its primary key), by column id
 */
public record DbForeignKey(
    String id,
    String name,
    List<String> columnIds,
    String referencedTableId,
    List<String> referencedColumnIds,
    OnDelete onDelete) {

  public DbForeignKey {
    columnIds = List.copyOf(columnIds);
    referencedColumnIds = List.copyOf(referencedColumnIds);
    onDelete = onDelete == null ? OnDelete.NO_ACTION : onDelete;
  }
}
