package io.schemaforge.model;

import java.util.List;

/**
 * A subject area: a coloured frame around some entities; part of the layout.
 *
 * @param color a CSS colour such as {@code #dbeafe}
 */
public record Group(String id, String name, String color, List<String> entityIds, Bounds bounds) {
  public Group {
    entityIds = List.copyOf(entityIds);
  }
}
