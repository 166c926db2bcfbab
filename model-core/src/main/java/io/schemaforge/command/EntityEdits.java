package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Index;
import io.schemaforge.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Small steps shared by several commands; package-private so only commands can change models. */
final class EntityEdits {
  private EntityEdits() {}

  /** Removes an attribute from indexes and unique constraints, dropping any left empty. */
  static void dropAttributeReferences(Entity entity, String attributeId) {
    for (Index ix : List.copyOf(entity.indexes())) {
      if (ix.attributeIds().contains(attributeId)) {
        List<String> rest = without(ix.attributeIds(), attributeId);
        if (rest.isEmpty()) {
          entity.removeIndex(ix.id());
        } else {
          entity.putIndex(0, new Index(ix.id(), ix.name(), rest, ix.unique()));
        }
      }
    }
    for (UniqueConstraint uq : List.copyOf(entity.uniqueConstraints())) {
      if (uq.attributeIds().contains(attributeId)) {
        List<String> rest = without(uq.attributeIds(), attributeId);
        if (rest.isEmpty()) {
          entity.removeUniqueConstraint(uq.id());
        } else {
          entity.putUniqueConstraint(0, new UniqueConstraint(uq.id(), uq.name(), rest));
        }
      }
    }
  }

  private static List<String> without(List<String> ids, String id) {
    List<String> rest = new ArrayList<>(ids);
    rest.remove(id);
    return rest;
  }
}
