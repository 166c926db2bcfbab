package io.schemaforge.app.ui.minimap;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.canvas.DiagramGeometry;
import io.schemaforge.model.Entity;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The whole diagram in a small box over the canvas's bottom-right corner, with the viewport as a
 * rectangle; a click or drag moves the view there. Drawn in two layers: the cards, an image of
 * {@link MinimapCards} (redrawn when the diagram changes, at most once per {@link #CARDS_AFTER},
 * since a 5,000-entity model is 5,000 rectangles), and the viewport on a canvas (redrawn on every
 * pan and zoom, one rectangle).
 */
public final class MinimapView extends Pane {
  static final double WIDTH = 180;
  static final double HEIGHT = 120;
  static final Duration CARDS_AFTER = Duration.millis(200);
  private static final Color CARD = Color.rgb(110, 120, 140, 0.65);
  private static final Color SELECTED = Color.rgb(9, 105, 218, 0.95);
  private static final Color VIEWPORT = Color.rgb(9, 105, 218);
  private static final Color VIEWPORT_FILL = Color.rgb(9, 105, 218, 0.12);

  private final CanvasViewModel canvas;
  private final ImageView cards = new ImageView();
  private MinimapCards picture;
  private final Canvas viewport = new Canvas(WIDTH, HEIGHT);
  // One-shot, not a perpetual AnimationTimer: an idle window must not keep the FX thread busy.
  private final PauseTransition cardsLater = new PauseTransition(CARDS_AFTER);
  private MinimapProjection projection = MinimapProjection.fit(new Rectangle2D(0, 0, 1, 1), 1, 1);

  public MinimapView(CanvasViewModel canvas) {
    this.canvas = canvas;
    getStyleClass().add("minimap");
    setPrefSize(WIDTH, HEIGHT);
    setMinSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
    cards.setFitWidth(WIDTH);
    cards.setFitHeight(HEIGHT);
    getChildren().addAll(cards, viewport);
    cardsLater.setOnFinished(e -> redrawAll());
    InvalidationListener diagram = o -> scheduleCards();
    canvas.geometryProperty().addListener(diagram);
    canvas.selection().revisionProperty().addListener(diagram);
    InvalidationListener view =
        o -> {
          drawViewport();
          // The map also covers the visible area, so a pan past the diagram reframes it.
          if (!MinimapProjection.fit(world(), WIDTH, HEIGHT).equals(projection)) {
            scheduleCards();
          }
        };
    canvas.zoomProperty().addListener(view);
    canvas.panXProperty().addListener(view);
    canvas.panYProperty().addListener(view);
    visibleProperty()
        .addListener(
            (obs, was, visible) -> {
              if (visible) {
                redrawAll();
              }
            });
    // The cards are pixels of their own: drawn again at the display's scale when it changes.
    sceneProperty()
        .addListener(
            (obs, was, scene) -> {
              if (scene != null) {
                scene
                    .windowProperty()
                    .addListener(
                        (o, w0, w) -> {
                          if (w != null) {
                            w.outputScaleXProperty().addListener(x -> scheduleCards());
                          }
                        });
              }
            });
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveViewTo);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveViewTo);
    // The canvas under the map must not see these presses as clicks on empty space.
    addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    redrawAll();
  }

  /** Redraws the cards soon, at most once per {@link #CARDS_AFTER} however many edits come. */
  private void scheduleCards() {
    if (cardsLater.getStatus() != Animation.Status.RUNNING) {
      cardsLater.playFromStart();
    }
  }

  /** Reframes the map and draws cards and viewport now. */
  public void redrawAll() {
    cardsLater.stop();
    if (!isVisible()) {
      return;
    }
    projection = MinimapProjection.fit(world(), WIDTH, HEIGHT);
    drawCards();
    drawViewport();
  }

  private Rectangle2D world() {
    return MinimapProjection.union(canvas.geometry().contentBounds(), canvas.visibleArea());
  }

  private void drawCards() {
    double scale = outputScale();
    if (picture == null || picture.scale() != scale) {
      picture = new MinimapCards(WIDTH, HEIGHT, scale);
      cards.setImage(picture.image());
    }
    picture.clear();
    DiagramGeometry geometry = canvas.geometry();
    Set<String> selected = canvas.selection().entities();
    for (Entity e : geometry.model().schema().entities()) {
      geometry
          .card(e.id())
          .ifPresent(
              r -> {
                Rectangle2D m = projection.toMap(r);
                // At least a pixel, so a large model still shows every card.
                picture.fill(
                    new Rectangle2D(
                        m.getMinX(),
                        m.getMinY(),
                        Math.max(1, m.getWidth()),
                        Math.max(1, m.getHeight())),
                    selected.contains(e.id()) ? SELECTED : CARD);
              });
    }
    picture.publish();
  }

  private double outputScale() {
    return getScene() == null || getScene().getWindow() == null
        ? 1
        : getScene().getWindow().getOutputScaleX();
  }

  private void drawViewport() {
    if (!isVisible()) {
      return;
    }
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
