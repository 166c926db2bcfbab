package io.schemaforge.app.ui.canvas;

/**
 * What lies under a point of the canvas, topmost first: a card's connect handle, its title, the
 * rest of the card, a relationship line, a note, a group's title band, or nothing.
 *
 * @param id the element's id, null for {@link Kind#NONE}
 */
public record DiagramHit(Kind kind, String id) {
  public static final DiagramHit NONE = new DiagramHit(Kind.NONE, null);

  /** The kinds of things a point can hit. */
  public enum Kind {
    NONE,
    CONNECT_HANDLE,
    ENTITY_TITLE,
    ENTITY,
    RELATIONSHIP,
    NOTE,
    GROUP
  }

  /** Whether the hit is on an entity card (its title, body or handle). */
  public boolean isEntity() {
    return kind == Kind.CONNECT_HANDLE || kind == Kind.ENTITY_TITLE || kind == Kind.ENTITY;
  }
}
