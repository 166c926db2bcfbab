package io.schemaforge.app.ui.outline;

/**
 * One row of the outline.
 *
 * @param id the group's, entity's or attribute's id; null for the "Not in a group" heading
 * @param entityId the entity to reveal on the canvas: the row's own, or its attribute's owner
 */
public record OutlineNode(Kind kind, String id, String entityId, String label) {

  /** What a row stands for. */
  public enum Kind {
    GROUP,
    UNGROUPED,
    ENTITY,
    ATTRIBUTE
  }

  @Override
  public String toString() {
    return label;
  }
}
