package io.schemaforge.app.ui.canvas;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * State and behaviour of the diagram canvas, testable without a window: the view transform (screen
 * = model × zoom + pan), zooming around a point, panning, fitting, revealing an entity, the
 * selection, and which cards and lines intersect the viewport (the only ones drawn).
 */
public final class CanvasViewModel {
  public static final double MIN_ZOOM = 0.1;
  public static final double MAX_ZOOM = 4.0;

  /** Below this zoom cards show only their header: rows would be too small to read. */
  public static final double DETAIL_ZOOM = 0.4;

  /** One zoom-in step (menu, keys); the wheel uses smaller steps proportional to its delta. */
  public static final double ZOOM_STEP = 1.25;

  static final double FIT_MARGIN = 40;

  /** How close (screen pixels) the pointer must be to a connect handle's centre to grab it. */
  static final double HANDLE_HIT_RADIUS = 9;

  /** How close (screen pixels) a click must be to a relationship line to select it. */
  static final double EDGE_HIT_PX = 5;

  /** Fit never enlarges beyond 100%: a small model would otherwise be blown up. */
  static final double FIT_MAX_ZOOM = 1.0;

  /** Revealing an entity zooms in to at least this, so its rows can be read. */
  static final double REVEAL_MIN_ZOOM = 0.75;

  private final DocumentViewModel document;
  private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
  private final ReadOnlyDoubleWrapper panX = new ReadOnlyDoubleWrapper(this, "panX");
  private final ReadOnlyDoubleWrapper panY = new ReadOnlyDoubleWrapper(this, "panY");
  private final CanvasSelection selection = new CanvasSelection();
  private final ReadOnlyObjectWrapper<String> hoveredEntityId =
      new ReadOnlyObjectWrapper<>(this, "hoveredEntityId");
  private final ObjectProperty<CanvasOverlay.Connection> connection =
      new SimpleObjectProperty<>(this, "connection");
  private final ObjectProperty<CanvasOverlay.RubberBand> rubberBand =
      new SimpleObjectProperty<>(this, "rubberBand");
  private final ObjectProperty<CanvasOverlay.LayoutDrag> layoutDrag =
      new SimpleObjectProperty<>(this, "layoutDrag");
  private final BooleanProperty opening = new SimpleBooleanProperty(this, "opening");
  private final ObjectProperty<CanvasOverlay.DropPreview> dropPreview =
      new SimpleObjectProperty<>(this, "dropPreview");
  private final ReadOnlyObjectWrapper<DiagramGeometry> geometry =
      new ReadOnlyObjectWrapper<>(this, "geometry");
  private final ReadOnlyObjectWrapper<Set<String>> movingEntities =
      new ReadOnlyObjectWrapper<>(this, "movingEntities", Set.of());
  private double viewportWidth;
  private double viewportHeight;
  private boolean fitPending = true;
  // Set when a newly opened model's geometry is built, until the revision that follows the open.
  private boolean geometryOfNewModel;

  public CanvasViewModel(DocumentViewModel document) {
    this.document = document;
    geometry.set(DiagramGeometry.of(document.model()));
    document
        .modelProperty()
        .addListener(
            (obs, old, model) -> {
              selection.clear();
              geometry.set(DiagramGeometry.of(model));
              geometryOfNewModel = true;
              fitPending = true;
              fitWhenSized();
            });
    // Cards are placed again on every edit (O(entities) rectangle lookups, well under a
    // millisecond at 5,000); after a move, lines whose cards stayed keep their routes.
    document.revisionProperty().addListener((obs, old, rev) -> rebuildGeometry());
  }

  private void rebuildGeometry() {
    if (geometryOfNewModel) {
      // The revision that follows opening a model: its geometry was just built (at 5,000 entities
      // building it again cost the open a tenth of a second). Later ones rebuild, which also
      // redraws the tiles: the badges of the model's first check come that way.
      geometryOfNewModel = false;
      return;
    }
    var change = document.lastChangeProperty().get();
    boolean layoutOnly = change != null && change.changes().isLayoutOnly();
    if (layoutOnly && !movingEntities.get().isEmpty()) {
      // A drag moves only the cards it holds and deletes nothing: no need to look at the rest.
      geometry.set(
          DiagramGeometry.afterMove(geometry.get(), document.model(), movingEntities.get()));
      return;
    }
    DiagramGeometry g =
        layoutOnly
            ? DiagramGeometry.afterLayoutChange(geometry.get(), document.model())
            : DiagramGeometry.of(document.model());
    Model m = document.model();
    Set<String> others = new HashSet<>();
    m.schema().relationships().forEach(r -> others.add(r.id()));
    m.layout().notes().forEach(n -> others.add(n.id()));
    m.layout().groups().forEach(gr -> others.add(gr.id()));
    Set<String> entities = new HashSet<>();
    m.schema().entities().forEach(e -> entities.add(e.id()));
    selection.retain(entities, others);
    if (hoveredEntityId.get() != null && !entities.contains(hoveredEntityId.get())) {
      hoveredEntityId.set(null);
    }
    geometry.set(g);
  }

  /** Tells the view model the size of the canvas; the first real size triggers the initial fit. */
  public void setViewportSize(double width, double height) {
    double before = viewportWidth;
    viewportWidth = width;
    viewportHeight = height;
    fitWhenSized();
    if (width < before) {
      keepSelectedCardInView(before - width);
    }
  }

  /**
   * The canvas lost {@code lost} pixels on its right (the inspector opened as a card was selected):
   * scrolls just enough that the selected card, if it was in view, is not hidden under the panel.
   */
  private void keepSelectedCardInView(double lost) {
    String id = selectedEntityIdProperty().get();
    Optional<Rectangle2D> card = id == null ? Optional.empty() : geometry.get().card(id);
    if (card.isEmpty()) {
      return;
    }
    double z = zoom.get();
    Rectangle2D now = visibleArea();
    double hidden = card.get().getMaxX() + 10 / z - now.getMaxX();
    double roomOnLeft = card.get().getMinX() - 10 / z - now.getMinX();
    boolean wasInView = card.get().getMinX() < now.getMaxX() + lost / z;
    if (hidden > 0 && wasInView) {
      panBy(-Math.min(hidden, Math.max(0, roomOnLeft)) * z, 0);
    }
  }

  private void fitWhenSized() {
    if (fitPending && viewportWidth > 0 && viewportHeight > 0) {
      fitPending = false;
      fitToContent();
    }
  }

  /** Zooms by {@code factor} keeping the model point under the screen point where it is. */
  public void zoomAt(double factor, double screenX, double screenY) {
    double old = zoom.get();
    double next = clampZoom(old * factor);
    double modelX = (screenX - panX.get()) / old;
    double modelY = (screenY - panY.get()) / old;
    zoom.set(next);
    panX.set(screenX - modelX * next);
    panY.set(screenY - modelY * next);
  }

  public void zoomIn() {
    zoomAt(ZOOM_STEP, viewportWidth / 2, viewportHeight / 2);
  }

  public void zoomOut() {
    zoomAt(1 / ZOOM_STEP, viewportWidth / 2, viewportHeight / 2);
  }

  public void panBy(double dx, double dy) {
    panX.set(panX.get() + dx);
    panY.set(panY.get() + dy);
  }

  /** Shows all content, centred, at the largest zoom (up to 100%) that fits. */
  public void fitToContent() {
    Rectangle2D content = geometry.get().contentBounds();
    if (content.getWidth() <= 0 || content.getHeight() <= 0) {
      zoom.set(1);
      panX.set(FIT_MARGIN);
      panY.set(FIT_MARGIN);
      return;
    }
    double zx = (viewportWidth - 2 * FIT_MARGIN) / content.getWidth();
    double zy = (viewportHeight - 2 * FIT_MARGIN) / content.getHeight();
    double z = clampZoom(Math.min(FIT_MAX_ZOOM, Math.min(zx, zy)));
    centerOn(
        content.getMinX() + content.getWidth() / 2, content.getMinY() + content.getHeight() / 2, z);
  }

  /** Selects an entity and scrolls (and if needed zooms) so its card is in the middle. */
  public void reveal(String entityId) {
    Optional<Rectangle2D> card = geometry.get().card(entityId);
    if (card.isEmpty()) {
      return;
    }
    selection.selectEntity(entityId);
    Rectangle2D r = card.get();
    double z = Math.max(zoom.get(), REVEAL_MIN_ZOOM);
    centerOn(r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2, z);
  }

  private void centerOn(double modelX, double modelY, double z) {
    zoom.set(z);
    panX.set(viewportWidth / 2 - modelX * z);
    panY.set(viewportHeight / 2 - modelY * z);
  }

  /** Selects the card at a screen point, or clears the selection on empty space. */
  public Optional<String> selectAt(double screenX, double screenY) {
    Optional<String> hit = entityAt(screenX, screenY);
    selection.selectEntity(hit.orElse(null));
    return hit;
  }

  public void select(String entityId) {
    selection.selectEntity(entityId);
  }

  /** What is under a screen point, topmost first (see {@link DiagramHit}). */
  public DiagramHit hitAt(double screenX, double screenY) {
    Point2D m = toModel(screenX, screenY);
    double z = zoom.get();
    DiagramGeometry g = geometry.get();
    // Handles are only drawn on a hovered or selected card, but they are hit on any card, so a
    // fast drag that starts before the hover redraw still connects.
    for (String id : g.entitiesIn(new Rectangle2D(m.getX() - 40, m.getY() - 40, 80, 80))) {
      Point2D handle = connectHandle(g.card(id).orElseThrow());
      if (handle.distance(m) * z <= HANDLE_HIT_RADIUS) {
        return new DiagramHit(DiagramHit.Kind.CONNECT_HANDLE, id);
      }
    }
    Optional<String> entity = g.entityAt(m.getX(), m.getY());
    if (entity.isPresent()) {
      Rectangle2D card = g.card(entity.get()).orElseThrow();
      boolean title = m.getY() < card.getMinY() + CardMetrics.HEADER_HEIGHT;
      return new DiagramHit(
          title ? DiagramHit.Kind.ENTITY_TITLE : DiagramHit.Kind.ENTITY, entity.get());
    }
    Optional<String> line = g.relationshipAt(m.getX(), m.getY(), EDGE_HIT_PX / z);
    if (line.isPresent()) {
      return new DiagramHit(DiagramHit.Kind.RELATIONSHIP, line.get());
    }
    Optional<String> note = g.noteAt(m.getX(), m.getY());
    if (note.isPresent()) {
      return new DiagramHit(DiagramHit.Kind.NOTE, note.get());
    }
    return g.groupTitleAt(m.getX(), m.getY())
        .map(id -> new DiagramHit(DiagramHit.Kind.GROUP, id))
        .orElse(DiagramHit.NONE);
  }

  /** Where a card's connect handle is, in model units: the middle of its header's right edge. */
  public static Point2D connectHandle(Rectangle2D card) {
    return new Point2D(card.getMaxX(), card.getMinY() + CardMetrics.HEADER_HEIGHT / 2);
  }

  /** Selects the entities whose cards intersect a model rectangle (the rubber band). */
  public void selectIn(Rectangle2D modelArea, boolean add) {
    List<String> hit = geometry.get().entitiesIn(modelArea);
    if (add) {
      for (String id : hit) {
        if (!selection.containsEntity(id)) {
          selection.toggleEntity(id);
        }
      }
    } else {
      selection.selectEntities(hit);
    }
  }

  public Optional<String> entityAt(double screenX, double screenY) {
    Point2D m = toModel(screenX, screenY);
    return geometry.get().entityAt(m.getX(), m.getY());
  }

  public Point2D toModel(double screenX, double screenY) {
    return new Point2D((screenX - panX.get()) / zoom.get(), (screenY - panY.get()) / zoom.get());
  }

  public Point2D toScreen(double modelX, double modelY) {
    return new Point2D(modelX * zoom.get() + panX.get(), modelY * zoom.get() + panY.get());
  }

  /** The part of the model the viewport shows, in model units. */
  public Rectangle2D visibleArea() {
    double z = zoom.get();
    return new Rectangle2D(
        -panX.get() / z,
        -panY.get() / z,
        Math.max(0, viewportWidth / z),
        Math.max(0, viewportHeight / z));
  }

  /** Entities whose cards intersect the viewport, in drawing order. */
  public List<String> visibleEntityIds() {
    return geometry.get().entitiesIn(visibleArea());
  }

  /** Relationships that may cross the viewport: those whose cards' joint extent intersects it. */
  public List<Relationship> visibleRelationships() {
    return geometry.get().relationshipsNear(visibleArea());
  }

  /** Whether cards show their attribute rows at the current zoom (level of detail). */
  public boolean showsDetails() {
    return zoom.get() >= DETAIL_ZOOM;
  }

  private static double clampZoom(double z) {
    return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
  }

  public DocumentViewModel document() {
    return document;
  }

  public DiagramGeometry geometry() {
    return geometry.get();
  }

  public ReadOnlyObjectProperty<DiagramGeometry> geometryProperty() {
    return geometry.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty zoomProperty() {
    return zoom.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty panXProperty() {
    return panX.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty panYProperty() {
    return panY.getReadOnlyProperty();
  }

  /** The primary selected entity (the one the inspector shows), or null. */
  public ReadOnlyObjectProperty<String> selectedEntityIdProperty() {
    return selection.primaryEntityProperty();
  }

  public CanvasSelection selection() {
    return selection;
  }

  /** The card under the pointer, whose connect handle is shown. */
  public ReadOnlyObjectProperty<String> hoveredEntityIdProperty() {
    return hoveredEntityId.getReadOnlyProperty();
  }

  public void setHoveredEntityId(String entityId) {
    hoveredEntityId.set(entityId);
  }

  /**
   * The cards a drag is moving (empty between drags): the canvas draws them live over its cached
   * picture of everything else, so a drag frame repaints one card, not the window.
   */
  public ReadOnlyObjectProperty<Set<String>> movingEntitiesProperty() {
    return movingEntities.getReadOnlyProperty();
  }

  void setMovingEntities(Set<String> ids) {
    movingEntities.set(Set.copyOf(ids));
  }

  public ObjectProperty<CanvasOverlay.Connection> connectionProperty() {
    return connection;
  }

  public ObjectProperty<CanvasOverlay.RubberBand> rubberBandProperty() {
    return rubberBand;
  }

  public ObjectProperty<CanvasOverlay.LayoutDrag> layoutDragProperty() {
    return layoutDrag;
  }

  public ObjectProperty<CanvasOverlay.DropPreview> dropPreviewProperty() {
    return dropPreview;
  }

  /**
   * Whether a model is being read to replace the one shown: an empty canvas then says so instead of
   * inviting the user to add a first entity.
   */
  public BooleanProperty openingProperty() {
    return opening;
  }

  public double viewportWidth() {
    return viewportWidth;
  }

  public double viewportHeight() {
    return viewportHeight;
  }
}
