package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Entity;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.validation.LiveValidator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

/**
 * The diagram: one {@link Canvas} redrawn from the {@link CanvasViewModel}, so thousands of
 * entities cost no scene-graph nodes. Wheel zooms around the cursor; the gestures (select, move,
 * connect, rubber band, pan) are {@link CanvasGestures}; names are edited in place by an {@link
 * InlineEditor} laid over the canvas. Colours are CSS properties ({@code -sf-card-fill}, ...) of
 * the {@code diagram-canvas} style class.
 */
public final class CanvasView extends Region {
  private static final double WHEEL_NOTCH = 40;
  private static final double ZOOM_PER_NOTCH = 1.1;
  private static final Duration ZOOM_SETTLE = Duration.millis(150);

  /**
   * Whether frames are composed from cached tiles; off, every frame draws everything (for comparing
   * the two, and a way out should a platform misrender the tiles).
   */
  static final boolean TILES = !Boolean.getBoolean("schemaforge.canvas.noTiles");

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
  private final DiagramTiles tiles = new DiagramTiles();
  private final TileInvalidation invalidation;

  /** Runs out 150 ms after the last zoom step: then the scaled tiles are rendered afresh. */
  private final PauseTransition zoomSettle = new PauseTransition(ZOOM_SETTLE);

  private final CanvasEditor editor;
  private final InlineEditor inline = new InlineEditor();
  private boolean redrawQueued;
  private javafx.scene.Node overlay;
  private FrameStats lastFrame = new FrameStats(0, 0);
  private java.util.function.Supplier<FrameStats> lastFrameCount;

  public CanvasView(CanvasViewModel viewModel) {
    this.viewModel = viewModel;
    this.editor = new CanvasEditor(viewModel.document(), viewModel);
    this.invalidation = new TileInvalidation(viewModel, tiles);
    zoomSettle.setOnFinished(e -> requestRedraw());
    viewModel.zoomProperty().addListener(obs -> zoomSettle.playFromStart());
    editor.setCardWidth(CardWidth.measured());
    getStyleClass().add("diagram-canvas");
    setFocusTraversable(true);
    setAccessibleText("Diagram");
    getChildren().add(canvas);
    for (Observable o :
        List.of(
            viewModel.zoomProperty(),
            viewModel.panXProperty(),
            viewModel.panYProperty(),
            viewModel.selection().revisionProperty(),
            viewModel.hoveredEntityIdProperty(),
            viewModel.connectionProperty(),
            viewModel.rubberBandProperty(),
            viewModel.layoutDragProperty(),
            viewModel.dropPreviewProperty(),
            viewModel.movingEntitiesProperty(),
            viewModel.openingProperty(),
            viewModel.geometryProperty())) {
      o.addListener(obs -> requestRedraw());
    }
    addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    addEventHandler(ZoomEvent.ZOOM, e -> viewModel.zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
    getChildren().add(inline.field());
    new CanvasGestures(this, viewModel, editor).install();
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
    if (overlay != null) {
      // Bottom centre, clear of the cards the user is looking at.
      double ow = overlay.prefWidth(-1);
      double oh = overlay.prefHeight(ow);
      overlay.resizeRelocate(
          Math.max(0, snapPositionX((w - ow) / 2)),
          Math.max(0, snapPositionY(h - oh - 24)),
          ow,
          oh);
    }
    if (inline.isEditing()) {
      Rectangle2D a = inline.screenArea();
      inline.field().resizeRelocate(a.getMinX(), a.getMinY(), a.getWidth(), a.getHeight());
    }
  }

  /**
   * Lays a panel over the bottom of the canvas (an auto-layout's progress), replacing any other;
   * null removes it.
   */
  public void setOverlay(javafx.scene.Node node) {
    if (overlay != null) {
      getChildren().remove(overlay);
    }
    overlay = node;
    if (node != null) {
      getChildren().add(node);
    }
    requestLayout();
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
    GraphicsContext gc = canvas.getGraphicsContext2D();
    LiveValidator validator = viewModel.document().validator();
    CanvasTheme theme = theme();
    // A note or group being dragged is drawn where it is not yet in the model: no cache for that.
    if (!TILES
        || viewModel.layoutDragProperty().get() != null
        || viewModel.geometry().model().schema().entities().isEmpty()) {
      tiles.clear();
      lastFrame = renderer.draw(gc, viewModel, validator, theme);
      return;
    }
    invalidation.update();
    DiagramView view = DiagramView.of(viewModel, canvas.getWidth(), canvas.getHeight());
    double scale = outputScale();
    if (!tiles.suits(scale)
        || (tiles.zoom() != view.zoom()
            && (zoomSettle.getStatus() != Animation.Status.RUNNING
                || tiles.tilesToCover(view) > DiagramTiles.MAX_TILES / 2))) {
      // Whether crowded lines are drawn is decided once per zoom, for all tiles alike.
      boolean plainLines =
          DiagramRenderer.showsPlainLines(viewModel, view.zoom(), view.visibleArea());
      tiles.reset(view.zoom(), scale, plainLines);
    }
    Set<String> moving = viewModel.movingEntitiesProperty().get();
    gc.setTransform(new Affine());
    // The whole canvas in one opaque fill also empties its command buffer.
    gc.setFill(theme.background());
    gc.fillRect(0, 0, view.width(), view.height());
    tiles.draw(
        gc,
        view,
        (tileGc, tileView) ->
            renderer.draw(
                tileGc,
                viewModel,
                validator,
                theme,
                tileView,
                DiagramLayer.base(moving, tiles.plainLines())));
    renderer.draw(gc, viewModel, validator, theme, view, DiagramLayer.live(moving));
    // Counted only when asked (tests, the bench): at 10 % it means looking up thousands of routes.
    DiagramGeometry geometry = viewModel.geometry();
    Set<String> selected = viewModel.selection().entities();
    String selectedLine = viewModel.selection().relationshipProperty().get();
    Rectangle2D area = view.visibleArea();
    lastFrame = null;
    lastFrameCount =
        () -> {
          DiagramRenderer.LineCount c =
              DiagramRenderer.count(geometry, selected, selectedLine, area);
          return new FrameStats(c.cards(), c.lines());
        };
  }

  private double outputScale() {
    return getScene() == null || getScene().getWindow() == null
        ? 1
        : getScene().getWindow().getOutputScaleX();
  }

  /** Tiles rendered since the canvas was made: for tests of the cache and the bench. */
  public long tilesRendered() {
    return tiles.renderedCount();
  }

  /** How many cards and lines the last frame drew (culling is visible here). */
  public FrameStats lastFrame() {
    if (lastFrame == null) {
      lastFrame = lastFrameCount.get();
    }
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

  /** Edits an entity's name in place, over its card's title. */
  public void startRenameEntity(String entityId) {
    Optional<Rectangle2D> card = viewModel.geometry().card(entityId);
    Optional<Entity> entity = viewModel.document().model().schema().entity(entityId);
    if (card.isEmpty() || entity.isEmpty()) {
      return;
    }
    Rectangle2D c = card.get();
    double z = viewModel.zoomProperty().get();
    Point2D topLeft = viewModel.toScreen(c.getMinX() + 6, c.getMinY() + 4);
    double height = Math.max(24, 24 * z);
    inline.start(
        new Rectangle2D(
            topLeft.getX(), topLeft.getY(), Math.max(120, (c.getWidth() - 12) * z), height),
        entity.get().name(),
        13.5 * Math.max(0.75, z),
        name -> editor.renameEntity(entityId, name));
    requestLayout();
  }

  void startEditNote(String noteId) {
    viewModel.document().model().layout().notes().stream()
        .filter(n -> n.id().equals(noteId))
        .findFirst()
        .ifPresent(
            n -> {
              Rectangle2D r = DiagramGeometry.toRect(n.bounds());
              inline.start(
                  screenRect(r.getMinX() + 4, r.getMinY() + 4, r.getWidth() - 8, 26),
                  n.text(),
                  12 * Math.max(0.75, viewModel.zoomProperty().get()),
                  text -> editor.changeNoteText(noteId, text));
            });
  }

  void startRenameGroup(String groupId) {
    viewModel.document().model().layout().groups().stream()
        .filter(g -> g.id().equals(groupId))
        .findFirst()
        .ifPresent(
            g -> {
              Rectangle2D r = DiagramGeometry.toRect(g.bounds());
              inline.start(
                  screenRect(r.getMinX() + 4, r.getMinY() + 2, Math.min(260, r.getWidth() - 8), 26),
                  g.name(),
                  12 * Math.max(0.75, viewModel.zoomProperty().get()),
                  name -> editor.renameGroup(groupId, name));
            });
  }

  private Rectangle2D screenRect(double x, double y, double w, double h) {
    double z = viewModel.zoomProperty().get();
    Point2D p = viewModel.toScreen(x, y);
    return new Rectangle2D(p.getX(), p.getY(), Math.max(100, w * z), Math.max(24, h * z));
  }

  /** Applies an inline edit in progress (a click elsewhere or an undo ends it first). */
  public void commitInlineEdit() {
    inline.commit();
  }

  /** The field of the inline editor, for tests. */
  public javafx.scene.control.TextField inlineEditorField() {
    return inline.field();
  }

  /** After a connecting drag: a menu of the three kinds at the pointer; choosing one connects. */
  void askRelationshipKind(String sourceId, String targetId, double screenX, double screenY) {
    ContextMenu menu = new ContextMenu();
    menu.getStyleClass().add("relationship-kind-menu");
    for (RelationshipKind kind : RelationshipKind.values()) {
      MenuItem item = new MenuItem(kindLabel(kind));
      item.setOnAction(e -> editor.connect(sourceId, targetId, kind));
      menu.getItems().add(item);
    }
    menu.show(this, screenX, screenY);
  }

  /** "One to many (1:N)". */
  public static String kindLabel(RelationshipKind kind) {
    return switch (kind) {
      case ONE_TO_ONE -> "One to one (1:1)";
      case ONE_TO_MANY -> "One to many (1:N)";
      case MANY_TO_MANY -> "Many to many (N:M)";
    };
  }

  /** Deletes the selection after a confirmation that names what goes with it. */
  public void confirmAndDeleteSelection() {
    String what = editor.selectionDescription();
    if (what.isEmpty()) {
      return;
    }
    List<String> also = editor.deletionConsequences();
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
    alert.setTitle("Delete");
    alert.setHeaderText("Delete " + what + "?");
    alert.setContentText(
        also.isEmpty()
            ? "You can undo this with Ctrl+Z."
            : "This also deletes:\n• "
                + String.join("\n• ", also)
                + "\n\nYou can undo this with Ctrl+Z.");
    ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
    alert.getButtonTypes().setAll(ButtonType.CANCEL, delete);
    if (getScene() != null) {
      alert.initOwner(getScene().getWindow());
    }
    alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    if (alert.showAndWait().filter(b -> b == delete).isPresent()) {
      editor.deleteSelection();
    }
  }

  /**
   * Shows where a palette item dragged to a screen point would land; clears the preview (and
   * returns false) when the point is outside the canvas.
   */
  public boolean previewDrop(CanvasEditor.Creatable what, double screenX, double screenY) {
    Point2D local = screenToLocal(screenX, screenY);
    if (local == null || !getLayoutBounds().contains(local)) {
      viewModel.dropPreviewProperty().set(null);
      return false;
    }
    Point2D m = dropCorner(what, local);
    viewModel
        .dropPreviewProperty()
        .set(
            new CanvasOverlay.DropPreview(
                what.label(), new Rectangle2D(m.getX(), m.getY(), what.width(), what.height())));
    return true;
  }

  /** Creates a palette item where it was dropped; false when the point is outside the canvas. */
  public boolean drop(CanvasEditor.Creatable what, double screenX, double screenY) {
    viewModel.dropPreviewProperty().set(null);
    Point2D local = screenToLocal(screenX, screenY);
    if (local == null || !getLayoutBounds().contains(local)) {
      return false;
    }
    Point2D m = dropCorner(what, local);
    String id = editor.create(what, m.getX(), m.getY());
    requestFocus();
    if (what == CanvasEditor.Creatable.ENTITY) {
      startRenameEntity(id);
    }
    return true;
  }

  /** The item is centred on the pointer and snapped, so the preview is where it lands. */
  private Point2D dropCorner(CanvasEditor.Creatable what, Point2D local) {
    Point2D m = viewModel.toModel(local.getX(), local.getY());
    double x = CanvasEditor.snap(m.getX() - what.width() / 2);
    double y = CanvasEditor.snap(m.getY() - Math.min(what.height() / 2, 40));
    return new Point2D(x, y);
  }

  public CanvasEditor editor() {
    return editor;
  }

  private StyleableProperty<Color> color(
      String name, java.util.function.Function<CanvasTheme, Color> defaultOf) {
    StyleableProperty<Color> p =
        CSS.createStyleableColorProperty(
            this, name, "-sf-" + name, v -> v.property(name), defaultOf.apply(CanvasTheme.LIGHT));
    ((ObservableValue<?>) p)
        .addListener(
            obs -> {
              tiles.clear(); // a theme's colours are in every tile
              requestRedraw();
            });
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
