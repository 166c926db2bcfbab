package io.schemaforge.app.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;

/**
 * Draws what belongs to the gesture in progress rather than to the model, on top of everything:
 * connect handles of the hovered and selected cards, the line being drawn to connect two cards (and
 * the card it would connect to), and the rubber band. Sizes are in screen pixels, so the handles
 * stay grabbable at any zoom.
 */
final class InteractionRenderer {
  private static final double HANDLE_RADIUS_PX = 6;

  private final GraphicsContext gc;
  private final CanvasTheme theme;

  InteractionRenderer(GraphicsContext gc, CanvasTheme theme) {
    this.gc = gc;
    this.theme = theme;
  }

  /** Draws in model units; the transform is the view's. */
  void draw(CanvasViewModel vm, double zoom) {
    DiagramGeometry g = vm.geometry();
    CanvasOverlay.Connection connection = vm.connectionProperty().get();
    Set<String> withHandles = new LinkedHashSet<>(vm.selection().entities());
    if (vm.hoveredEntityIdProperty().get() != null) {
      withHandles.add(vm.hoveredEntityIdProperty().get());
    }
    if (connection != null) {
      withHandles.clear();
      withHandles.add(connection.sourceId());
    }
    for (String id : withHandles) {
      g.card(id).ifPresent(card -> drawHandle(CanvasViewModel.connectHandle(card), zoom));
    }
    if (connection != null) {
      drawConnection(g, connection, zoom);
    }
    CanvasOverlay.DropPreview drop = vm.dropPreviewProperty().get();
    if (drop != null) {
      Rectangle2D r = drop.area();
      gc.setFill(theme.selection().deriveColor(0, 1, 1, 0.10));
      gc.fillRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 12, 12);
      gc.setStroke(theme.selection());
      gc.setLineWidth(1.5 / zoom);
      gc.setLineDashes(6 / zoom, 4 / zoom);
      gc.strokeRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 12, 12);
      gc.setLineDashes();
      gc.setFill(theme.selection());
      gc.setFont(CanvasTheme.NAME_FONT);
      gc.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
      gc.setTextBaseline(javafx.geometry.VPos.CENTER);
      gc.fillText(drop.label(), r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2);
      gc.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
    }
    CanvasOverlay.RubberBand band = vm.rubberBandProperty().get();
    if (band != null) {
      Rectangle2D r = band.area();
      gc.setFill(theme.selection().deriveColor(0, 1, 1, 0.08));
      gc.fillRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
      gc.setStroke(theme.selection());
      gc.setLineWidth(1 / zoom);
      gc.setLineDashes(4 / zoom, 3 / zoom);
      gc.strokeRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
      gc.setLineDashes();
    }
  }

  private void drawHandle(Point2D c, double zoom) {
    double r = HANDLE_RADIUS_PX / zoom;
    gc.setFill(theme.cardFill());
    gc.fillOval(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
    gc.setStroke(theme.selection());
    gc.setLineWidth(2 / zoom);
    gc.strokeOval(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
    // A plus says "drag from here to make something".
    double p = r * 0.5;
    gc.setLineWidth(1.5 / zoom);
    gc.strokeLine(c.getX() - p, c.getY(), c.getX() + p, c.getY());
    gc.strokeLine(c.getX(), c.getY() - p, c.getX(), c.getY() + p);
  }

  private void drawConnection(DiagramGeometry g, CanvasOverlay.Connection connection, double zoom) {
    Rectangle2D source = g.card(connection.sourceId()).orElse(null);
    if (source == null) {
      return;
    }
    Point2D from = CanvasViewModel.connectHandle(source);
    if (connection.targetId() != null) {
      g.card(connection.targetId())
          .ifPresent(
              t -> {
                gc.setStroke(theme.selection());
                gc.setLineWidth(3 / zoom);
                gc.strokeRoundRect(
                    t.getMinX() - 3 / zoom,
                    t.getMinY() - 3 / zoom,
                    t.getWidth() + 6 / zoom,
                    t.getHeight() + 6 / zoom,
                    14,
                    14);
              });
    }
    gc.setStroke(theme.selection());
    gc.setLineWidth(2 / zoom);
    gc.setLineDashes(6 / zoom, 4 / zoom);
    Point2D to = connection.pointer();
    gc.strokeLine(from.getX(), from.getY(), to.getX(), to.getY());
    gc.setLineDashes();
    double r = 4 / zoom;
    gc.setFill(theme.selection());
    gc.fillOval(to.getX() - r, to.getY() - r, 2 * r, 2 * r);
  }
}
