package io.schemaforge.app.ui.canvas;

import io.schemaforge.command.ResizeEntityCommand;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Resizing a card by dragging its right edge, bottom edge or bottom-right corner. Installed as
 * event filters on the canvas view, so it takes a press on an edge before the canvas's own gestures
 * (move, rubber band) and leaves every other press to them. The steps of one drag merge into one
 * undo step. The height never goes below what the rows need (the card draws at least that anyway).
 */
public final class CardResizeGesture {
  /** How close to an edge, in screen pixels, the pointer must be. */
  static final double GRIP = 5;

  /** Which edges a drag moves. */
  enum Edge {
    RIGHT(Cursor.E_RESIZE),
    BOTTOM(Cursor.S_RESIZE),
    CORNER(Cursor.SE_RESIZE);

    final Cursor cursor;

    Edge(Cursor cursor) {
      this.cursor = cursor;
    }
  }

  record Grip(String entityId, Edge edge, Rectangle2D card) {}

  private final CanvasView view;
  private final CanvasViewModel canvas;
  private Grip active;
  private Point2D start;
  private boolean cursorIsOurs;
  private Cursor cursorBefore;

  private CardResizeGesture(CanvasView view, CanvasViewModel canvas) {
    this.view = view;
    this.canvas = canvas;
  }

  public static CardResizeGesture install(CanvasView view, CanvasViewModel canvas) {
    CardResizeGesture g = new CardResizeGesture(view, canvas);
    view.addEventFilter(MouseEvent.MOUSE_MOVED, g::moved);
    view.addEventFilter(MouseEvent.MOUSE_PRESSED, g::pressed);
    view.addEventFilter(MouseEvent.MOUSE_DRAGGED, g::dragged);
    view.addEventFilter(MouseEvent.MOUSE_RELEASED, g::released);
    return g;
  }

  /** The grip under a point of the canvas (screen units of the view), if any. */
  Optional<Grip> gripAt(double x, double y) {
    double z = canvas.zoomProperty().get();
    for (String id : canvas.visibleEntityIds()) {
      Optional<Rectangle2D> card = canvas.geometry().card(id);
      if (card.isEmpty()) {
        continue;
      }
      Rectangle2D c = card.get();
      Point2D min = canvas.toScreen(c.getMinX(), c.getMinY());
      double maxX = min.getX() + c.getWidth() * z;
      double maxY = min.getY() + c.getHeight() * z;
      boolean nearRight = Math.abs(x - maxX) <= GRIP;
      boolean nearBottom = Math.abs(y - maxY) <= GRIP;
      // Below the header only: the connect handle sits on the header's right edge.
      double belowHeader = min.getY() + CardMetrics.HEADER_HEIGHT * z;
      boolean withinHeight = y > belowHeader && y <= maxY + GRIP;
      boolean withinWidth = x >= min.getX() && x <= maxX + GRIP;
      if (nearRight && nearBottom) {
        return Optional.of(new Grip(id, Edge.CORNER, c));
      }
      if (nearRight && withinHeight) {
        return Optional.of(new Grip(id, Edge.RIGHT, c));
      }
      if (nearBottom && withinWidth) {
        return Optional.of(new Grip(id, Edge.BOTTOM, c));
      }
    }
    return Optional.empty();
  }

  private void moved(MouseEvent e) {
    Optional<Grip> grip = gripAt(e.getX(), e.getY());
    if (grip.isPresent()) {
      if (!cursorIsOurs) {
        cursorBefore = view.getCursor();
        cursorIsOurs = true;
      }
      view.setCursor(grip.get().edge().cursor);
    } else if (cursorIsOurs) {
      view.setCursor(cursorBefore);
      cursorIsOurs = false;
    }
  }

  private void pressed(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() > 1) {
      return;
    }
    Optional<Grip> grip = gripAt(e.getX(), e.getY());
    if (grip.isEmpty()) {
      return;
    }
    active = grip.get();
    start = new Point2D(e.getX(), e.getY());
    canvas.select(active.entityId());
    // Drawn live over the cached tiles while it changes size, like a card being dragged.
    canvas.setMovingEntities(Set.of(active.entityId()));
    canvas.document().stack().seal();
    e.consume();
  }

  private void dragged(MouseEvent e) {
    if (active == null) {
      return;
    }
    double z = canvas.zoomProperty().get();
    double w = active.card().getWidth();
    double h = active.card().getHeight();
    if (active.edge() != Edge.BOTTOM) {
      w = Math.max(CardMetrics.MIN_WIDTH, snap(w + (e.getX() - start.getX()) / z));
    }
    if (active.edge() != Edge.RIGHT) {
      double rows =
          CardMetrics.contentHeight(
              canvas.document().model().schema().requireEntity(active.entityId()));
      h = Math.max(rows, snap(h + (e.getY() - start.getY()) / z));
    }
    canvas.document().execute(new ResizeEntityCommand(active.entityId(), w, h));
    e.consume();
  }

  private void released(MouseEvent e) {
    if (active == null) {
      return;
    }
    active = null;
    canvas.setMovingEntities(Set.of());
    // The next resize is its own undo step.
    canvas.document().stack().seal();
    e.consume();
  }

  private static double snap(double v) {
    return Math.round(v / 10) * 10.0;
  }
}
