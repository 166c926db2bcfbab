package io.schemaforge.app.ui.canvas;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The diagram: one {@link Canvas} redrawn from the {@link CanvasViewModel}, so thousands of
 * entities cost no scene-graph nodes. Wheel zooms around the cursor, dragging empty space (primary
 * button) or anywhere (middle button) pans, a click selects. Colours are CSS properties ({@code
 * -sf-card-fill}, ...) of the {@code diagram-canvas} style class.
 */
public final class CanvasView extends Region {
  private static final double WHEEL_NOTCH = 40;
  private static final double ZOOM_PER_NOTCH = 1.1;
  private static final double KEY_PAN = 60;

  private static final StyleablePropertyFactory<CanvasView> CSS =
      new StyleablePropertyFactory<>(Region.getClassCssMetaData());

  private final StyleableProperty<Color> background = color("background", CanvasTheme::background);
  private final StyleableProperty<Color> grid = color("grid", CanvasTheme::grid);
  private final StyleableProperty<Color> gridMajor = color("grid-major", CanvasTheme::gridMajor);
  private final StyleableProperty<Color> cardFill = color("card-fill", CanvasTheme::cardFill);
  private final StyleableProperty<Color> cardBorder = color("card-border", CanvasTheme::cardBorder);
  private final StyleableProperty<Color> headerFill = color("header-fill", CanvasTheme::headerFill);
  private final StyleableProperty<Color> headerAccent =
      color("header-accent", CanvasTheme::headerAccent);
  private final StyleableProperty<Color> text = color("text", CanvasTheme::text);
  private final StyleableProperty<Color> mutedText = color("muted-text", CanvasTheme::mutedText);
  private final StyleableProperty<Color> edge = color("edge", CanvasTheme::edge);
  private final StyleableProperty<Color> selection = color("selection", CanvasTheme::selection);
  private final StyleableProperty<Color> error = color("error", CanvasTheme::error);
  private final StyleableProperty<Color> warning = color("warning", CanvasTheme::warning);
  private final StyleableProperty<Color> primaryKey = color("primary-key", CanvasTheme::primaryKey);
  private final StyleableProperty<Color> foreignKey = color("foreign-key", CanvasTheme::foreignKey);

  private final CanvasViewModel viewModel;
  private final Canvas canvas = new Canvas();
  private final DiagramRenderer renderer = new DiagramRenderer();
  private boolean redrawQueued;
  private boolean panning;
  private double lastX;
  private double lastY;
  private FrameStats lastFrame = new FrameStats(0, 0);

  public CanvasView(CanvasViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add("diagram-canvas");
    setFocusTraversable(true);
    setAccessibleText("Diagram");
    getChildren().add(canvas);
    for (Observable o :
        List.of(
            viewModel.zoomProperty(),
            viewModel.panXProperty(),
            viewModel.panYProperty(),
            viewModel.selectedEntityIdProperty(),
            viewModel.geometryProperty())) {
      o.addListener(obs -> requestRedraw());
    }
    addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    addEventHandler(ZoomEvent.ZOOM, e -> viewModel.zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
    addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
    addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      viewModel.setViewportSize(w, h);
      requestRedraw();
    }
  }

  /** Schedules one redraw; many property changes in one gesture still paint once. */
  public void requestRedraw() {
    if (!redrawQueued) {
      redrawQueued = true;
      Platform.runLater(this::redraw);
    }
  }

  private void redraw() {
    redrawQueued = false;
    if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
      return;
    }
    lastFrame =
        renderer.draw(
            canvas.getGraphicsContext2D(), viewModel, viewModel.document().validator(), theme());
  }

  /** How many cards and lines the last frame drew (culling is visible here). */
  public FrameStats lastFrame() {
    return lastFrame;
  }

  CanvasTheme theme() {
    return new CanvasTheme(
        background.getValue(),
        grid.getValue(),
        gridMajor.getValue(),
        cardFill.getValue(),
        cardBorder.getValue(),
        headerFill.getValue(),
        headerAccent.getValue(),
        text.getValue(),
        mutedText.getValue(),
        edge.getValue(),
        selection.getValue(),
        error.getValue(),
        warning.getValue(),
        primaryKey.getValue(),
        foreignKey.getValue());
  }

  private void onScroll(ScrollEvent e) {
    if (e.getTouchCount() > 0 && !e.isShortcutDown()) {
      // Two fingers on a touchpad scroll; pinching (ZoomEvent) or Ctrl zooms.
      viewModel.panBy(e.getDeltaX(), e.getDeltaY());
    } else if (e.isShiftDown()) {
      viewModel.panBy(e.getDeltaX() + e.getDeltaY(), 0);
    } else if (e.getDeltaY() != 0) {
      viewModel.zoomAt(Math.pow(ZOOM_PER_NOTCH, e.getDeltaY() / WHEEL_NOTCH), e.getX(), e.getY());
    }
    e.consume();
  }

  private void onPressed(MouseEvent e) {
    requestFocus();
    lastX = e.getX();
    lastY = e.getY();
    if (e.getButton() == MouseButton.MIDDLE) {
      startPan();
    } else if (e.getButton() == MouseButton.PRIMARY
        && viewModel.selectAt(e.getX(), e.getY()).isEmpty()) {
      startPan();
    }
  }

  private void startPan() {
    panning = true;
    setCursor(Cursor.CLOSED_HAND);
  }

  private void onDragged(MouseEvent e) {
    if (panning) {
      viewModel.panBy(e.getX() - lastX, e.getY() - lastY);
      lastX = e.getX();
      lastY = e.getY();
    }
  }

  private void onReleased(MouseEvent e) {
    panning = false;
    setCursor(Cursor.DEFAULT);
  }

  private void onKey(KeyEvent e) {
    switch (e.getCode()) {
      case LEFT -> viewModel.panBy(KEY_PAN, 0);
      case RIGHT -> viewModel.panBy(-KEY_PAN, 0);
      case UP -> viewModel.panBy(0, KEY_PAN);
      case DOWN -> viewModel.panBy(0, -KEY_PAN);
      case ESCAPE -> viewModel.select(null);
      default -> {
        return;
      }
    }
    e.consume();
  }

  private StyleableProperty<Color> color(
      String name, java.util.function.Function<CanvasTheme, Color> defaultOf) {
    StyleableProperty<Color> p =
        CSS.createStyleableColorProperty(
            this, name, "-sf-" + name, v -> v.property(name), defaultOf.apply(CanvasTheme.LIGHT));
    ((ObservableValue<?>) p).addListener(obs -> requestRedraw());
    return p;
  }

  private StyleableProperty<Color> property(String name) {
    return switch (name) {
      case "background" -> background;
      case "grid" -> grid;
      case "grid-major" -> gridMajor;
      case "card-fill" -> cardFill;
      case "card-border" -> cardBorder;
      case "header-fill" -> headerFill;
      case "header-accent" -> headerAccent;
      case "text" -> text;
      case "muted-text" -> mutedText;
      case "edge" -> edge;
      case "selection" -> selection;
      case "error" -> error;
      case "warning" -> warning;
      case "primary-key" -> primaryKey;
      case "foreign-key" -> foreignKey;
      default -> throw new IllegalArgumentException(name);
    };
  }

  public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
    return CSS.getCssMetaData();
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return getClassCssMetaData();
  }
}
