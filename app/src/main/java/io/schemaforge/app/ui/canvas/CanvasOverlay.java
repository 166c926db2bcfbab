package io.schemaforge.app.ui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Transient things a gesture in progress draws over the diagram, in model units: the line being
 * dragged from a connect handle, the rubber band, and a note or group being dragged (which moves
 * for real only when released, as one undo step).
 */
public final class CanvasOverlay {
  private CanvasOverlay() {}

  /**
   * A relationship being drawn from {@code sourceId} to the pointer.
   *
   * @param targetId the entity under the pointer, or null
   */
  public record Connection(String sourceId, Point2D pointer, String targetId) {}

  /** The rubber band's rectangle. */
  public record RubberBand(Rectangle2D area) {}

  /** A note or group dragged by an offset, not yet moved in the model. */
  public record LayoutDrag(String id, double dx, double dy) {}

  /** Where a palette item being dragged over the canvas would land, with its label. */
  public record DropPreview(String label, Rectangle2D area) {}
}
