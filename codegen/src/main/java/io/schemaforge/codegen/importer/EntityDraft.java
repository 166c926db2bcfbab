package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Index;
import io.schemaforge.model.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entity a table becomes, before it is added to the model.
 *
 * @param attributeIds the attribute id of each column, by the catalog's column id
 */
record EntityDraft(
    String entityId,
    String name,
    DbTable table,
    List<Attribute> attributes,
    Map<String, String> attributeIds,
    List<Index> indexes,
    List<UniqueConstraint> uniques,
    List<CheckConstraint> checks) {

  Optional<Attribute> attributeOfColumn(String columnId) {
    String id = attributeIds.get(columnId);
    return attributes.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Primary-key attributes in attribute order: what the model refers to as the key. */
  List<Attribute> primaryKey() {
    return attributes.stream().filter(Attribute::primaryKey).toList();
  }
}
