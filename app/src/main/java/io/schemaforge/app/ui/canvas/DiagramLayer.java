package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Relationship;
import java.util.Set;

/**
 * Which part of the picture a draw call paints. The cached tiles hold the base: everything but the
 * live entities (the cards being dragged) and their lines; the live layer is drawn over the tiles
 * on every frame, with what belongs to the gesture in progress (handles, rubber band).
 *
 * @param liveEntities ids of the cards drawn live, not into the tiles
 * @param base whether this call paints the background, grid, groups, notes and the other cards
 * @param live whether this call paints the live cards, their lines and the gesture overlay
 * @param plainLines whether lines are drawn when cards are boxes; null decides from the lines this
 *     call finds (tiles must share one decision, or neighbours would disagree)
 */
record DiagramLayer(Set<String> liveEntities, boolean base, boolean live, Boolean plainLines) {

  /** The whole picture in one call (no cache). */
  static DiagramLayer all() {
    return new DiagramLayer(Set.of(), true, true, null);
  }

  static DiagramLayer base(Set<String> liveEntities, boolean plainLines) {
    return new DiagramLayer(liveEntities, true, false, plainLines);
  }

  static DiagramLayer live(Set<String> liveEntities) {
    return new DiagramLayer(liveEntities, false, true, null);
  }

  boolean drawsEntity(String id) {
    return liveEntities.contains(id) ? live : base;
  }

  boolean drawsRelationship(Relationship r) {
    return liveEntities.contains(r.sourceEntityId()) || liveEntities.contains(r.targetEntityId())
        ? live
        : base;
  }
}
