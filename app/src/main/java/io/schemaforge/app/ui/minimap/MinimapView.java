package io.schemaforge.app.ui.minimap;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.canvas.DiagramGeometry;
import io.schemaforge.model.Entity;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The whole diagram in a small box over the canvas's bottom-right corner, with the viewport as a
 * rectangle; a click or drag moves the view there. Drawn on two canvases: the cards (redrawn when
 * the diagram changes, at most {@link #CARDS_EVERY_NANOS} apart, since a 5,000-entity model is
 * 5,000 rectangles) and the viewport (redrawn on every pan and zoom, one rectangle).
 */
public final class MinimapView extends Pane {
  static final double WIDTH = 180;
  static final double HEIGHT = 120;
  private static final long CARDS_EVERY_NANOS = 250_000_000L;
  private static final long VIEWPORT_EVERY_NANOS = 16_000_000L;
  private static final Color CARD = Color.rgb(110, 120, 140, 0.65);
  private static final Color SELECTED = Color.rgb(9, 105, 218, 0.95);
  private static final Color VIEWPORT = Color.rgb(9, 105, 218);
  private static final Color VIEWPORT_FILL = Color.rgb(9, 105, 218, 0.12);

  private final CanvasViewModel canvas;
  private final Canvas cards = new Canvas(WIDTH, HEIGHT);
  private final Canvas viewport = new Canvas(WIDTH, HEIGHT);
  private MinimapProjection projection = MinimapProjection.fit(new Rectangle2D(0, 0, 1, 1), 1, 1);
  private boolean cardsDirty = true;
  private boolean viewportDirty = true;
  private long cardsDrawnAt;
  private long viewportDrawnAt;

  public MinimapView(CanvasViewModel canvas) {
    this.canvas = canvas;
    getStyleClass().add("minimap");
    setPrefSize(WIDTH, HEIGHT);
    setMinSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
    getChildren().addAll(cards, viewport);
    InvalidationListener diagram = o -> cardsDirty = true;
    canvas.geometryProperty().addListener(diagram);
    canvas.selection().revisionProperty().addListener(diagram);
    InvalidationListener view = o -> viewportDirty = true;
    canvas.zoomProperty().addListener(view);
    canvas.panXProperty().addListener(view);
    canvas.panYProperty().addListener(view);
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveViewTo);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveViewTo);
    // The canvas under the map must not see these presses as clicks on empty space.
    addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        redraw(now);
      }
    }.start();
  }

  private void redraw(long now) {
    if (!isVisible() || getScene() == null) {
      return;
    }
    boolean drawCards = cardsDirty && now - cardsDrawnAt >= CARDS_EVERY_NANOS;
    // The projection depends on the visible area too, so a pan may move the cards.
    Rectangle2D world = world();
    MinimapProjection next = MinimapProjection.fit(world, WIDTH, HEIGHT);
    if (!next.equals(projection)) {
      drawCards = drawCards || now - cardsDrawnAt >= CARDS_EVERY_NANOS;
      if (drawCards) {
        projection = next;
      }
    }
    if (drawCards) {
      drawCards();
      cardsDirty = false;
      cardsDrawnAt = now;
      viewportDirty = true;
    }
    if (viewportDirty && now - viewportDrawnAt >= VIEWPORT_EVERY_NANOS) {
      drawViewport();
      viewportDirty = false;
      viewportDrawnAt = now;
    }
  }

  private Rectangle2D world() {
    return MinimapProjection.union(canvas.geometry().contentBounds(), canvas.visibleArea());
  }

  private void drawCards() {
    GraphicsContext g = cards.getGraphicsContext2D();
    g.clearRect(0, 0, WIDTH, HEIGHT);
    DiagramGeometry geometry = canvas.geometry();
    Set<String> selected = canvas.selection().entities();
    for (Entity e : geometry.model().schema().entities()) {
      geometry
          .card(e.id())
          .ifPresent(
              r -> {
                Rectangle2D m = projection.toMap(r);
                g.setFill(selected.contains(e.id()) ? SELECTED : CARD);
                // At least a pixel, so a large model still shows every card.
                g.fillRect(
                    m.getMinX(),
                    m.getMinY(),
                    Math.max(1, m.getWidth()),
                    Math.max(1, m.getHeight()));
              });
    }
  }

  private void drawViewport() {
    GraphicsContext g = viewport.getGraphicsContext2D();
    g.clearRect(0, 0, WIDTH, HEIGHT);
    Rectangle2D v = projection.toMap(canvas.visibleArea());
    g.setFill(VIEWPORT_FILL);
    g.fillRect(v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight());
    g.setStroke(VIEWPORT);
    g.setLineWidth(1.5);
    g.strokeRect(v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight());
  }

  private void moveViewTo(MouseEvent e) {
    if (!e.isPrimaryButtonDown()) {
      return;
    }
    Point2D target = projection.toModel(e.getX(), e.getY());
    Rectangle2D visible = canvas.visibleArea();
    double z = canvas.zoomProperty().get();
    double dx = (visible.getMinX() + visible.getWidth() / 2 - target.getX()) * z;
    double dy = (visible.getMinY() + visible.getHeight() / 2 - target.getY()) * z;
    canvas.panBy(dx, dy);
  }

  /** The map's projection, for tests that click a model point on it. */
  public MinimapProjection projection() {
    return projection;
  }
}
