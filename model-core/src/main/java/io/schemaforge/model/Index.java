package io.schemaforge.model;

import java.util.List;

/**
 * An index over one or more attributes of an entity. Immutable: a change replaces it.
 *
 * @param name the explicit name, or null to use the naming convention ({@code ix_<table>_<col>})
 */
public record Index(String id, String name, List<String> attributeIds, boolean unique) {
  public Index {
    attributeIds = List.copyOf(attributeIds);
  }
}
