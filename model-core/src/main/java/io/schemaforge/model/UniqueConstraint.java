package io.schemaforge.model;

import java.util.List;

/**
 * A unique constraint over several attributes (single-column uniqueness is the attribute's flag).
 *
 * @param name the explicit name, or null to use the naming convention ({@code uq_<table>_<col>})
 */
public record UniqueConstraint(String id, String name, List<String> attributeIds) {
  public UniqueConstraint {
    attributeIds = List.copyOf(attributeIds);
  }
}
