package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import io.schemaforge.model.Note;
import io.schemaforge.model.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.geometry.Rectangle2D;

/**
 * Where every card of a model is, in model units, computed once per change so drawing, culling and
 * hit testing only look rectangles up. Entities without a stored position (for example just
 * imported) are placed in a grid below the rest, so nothing is ever invisible.
 */
public final class DiagramGeometry {
  private static final double AUTO_GAP = 60;

  /** About 8,000 by 8,000 model units. */
  static final long MAX_SEARCH_CELLS = 400;

  /** Height of a group's title band, where it can be grabbed. */
  public static final double GROUP_TITLE_HEIGHT = 30;

  private final Model model;
  private final CardTable cards;
  private Rectangle2D content;

  /**
   * Routes computed so far: a frame routes only the lines it draws, once per geometry. {@link
   * #afterLayoutChange} and {@link #afterMove} hand them on to the next geometry, forgetting only
   * those a moved card may change, so dragging a card re-routes only the lines near it.
   */
  private RouteCache routes = new RouteCache();

  /** The cards by grid cell, built on first use (the router's search for cards in the way). */
  private CardGrid grid;

  /**
   * For a geometry that took its routes over: the routes the moved cards made it forget (as they
   * were), so whoever cached pictures of them knows which lines changed besides the moved cards'.
   */
  private Map<String, EdgeRoute> droppedRoutes = Map.of();

  /** Relationships with the joint extent of their two cards, built on first use. */
  private List<Relationship> extentOwners;

  private double[] extents;

  /** Where each relationship's extent is in {@link #extents} (a quarter of the offset). */
  private Map<String, Integer> extentIndex;

  private static final AtomicLong SERIALS = new AtomicLong();

  /** Tells geometries apart without holding on to them (a cache keeps the serial it drew). */
  private final long serial = SERIALS.incrementAndGet();

  /**
   * For a geometry made by {@link #afterLayoutChange}: the serial of the one before and the cards
   * whose rectangle differs from it; otherwise -1 and null (everything may have changed).
   */
  private long previousSerial = -1;

  private Set<String> changedCards;

  /**
   * Relationships whose two cards' joint extent (widened by the {@link DetourRouter#reach} a detour
   * may take) intersects an area: the lines that may cross it. Extents are kept in one array, so a
   * frame tests thousands of lines in microseconds.
   */
  public List<Relationship> relationshipsNear(Rectangle2D area) {
    if (extents == null) {
      indexExtents();
    }
    List<Relationship> result = new ArrayList<>();
    double minX = area.getMinX();
    double minY = area.getMinY();
    double maxX = area.getMaxX();
    double maxY = area.getMaxY();
    for (int i = 0; i < extentOwners.size(); i++) {
      int k = 4 * i;
      // Strict, as Rectangle2D.intersects: touching is not crossing.
      if (extents[k] < maxX
          && extents[k + 2] > minX
          && extents[k + 1] < maxY
          && extents[k + 3] > minY) {
        result.add(extentOwners.get(i));
      }
    }
    return result;
  }

  private void indexExtents() {
    List<Relationship> owners = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    List<Relationship> all = model.schema().relationships();
    extents = new double[4 * all.size()];
    for (Relationship r : all) {
      if (writeExtent(4 * owners.size(), r)) {
        index.put(r.id(), owners.size());
        owners.add(r);
      }
    }
    extentOwners = owners;
    extentIndex = index;
  }

  private boolean writeExtent(int k, Relationship r) {
    Rectangle2D s = cards.get(r.sourceEntityId());
    Rectangle2D t = cards.get(r.targetEntityId());
    if (s == null || t == null) {
      return false;
    }
    // A detour stays within the reach; a self-reference's loop is narrower than that.
    Rectangle2D reach = DetourRouter.reach(s, t);
    extents[k] = reach.getMinX();
    extents[k + 1] = reach.getMinY();
    extents[k + 2] = reach.getMaxX();
    extents[k + 3] = reach.getMaxY();
    return true;
  }

  private DiagramGeometry(Model model) {
    this.model = model;
    this.cards = new CardTable();
    Layout layout = model.layout();
    List<Entity> unplaced = new ArrayList<>();
    for (Entity e : model.schema().entities()) {
      Optional<Bounds> b = layout.bounds(e.id());
      if (b.isPresent()) {
        cards.put(e.id(), CardMetrics.cardBounds(e, b.get()));
      } else {
        unplaced.add(e);
      }
    }
    Rectangle2D placed = union(cards.values(), layout);
    placeInGrid(unplaced, placed == null ? 0 : placed.getMaxY() + AUTO_GAP);
    Rectangle2D all = union(cards.values(), layout);
    content = all == null ? Rectangle2D.EMPTY : all;
  }

  public static DiagramGeometry of(Model model) {
    return new DiagramGeometry(model);
  }

  /**
   * The geometry after a change of the layout only (cards moved or resized, the schema untouched):
   * computed like {@link #of}, but taking over the previous geometry's routes except those of the
   * moved cards' lines and those whose reach a moved card left or entered (found through the
   * routes' own index). The previous geometry starts again with no routes.
   */
  public static DiagramGeometry afterLayoutChange(DiagramGeometry previous, Model model) {
    DiagramGeometry next = new DiagramGeometry(model);
    if (previous.model != model) {
      return next;
    }
    Set<String> changed = new HashSet<>();
    next.cards.forEach(
        (id, card) -> {
          if (!card.equals(previous.cards.get(id))) {
            changed.add(id);
          }
        });
    if (previous.cards.size() != next.cards.size()) {
      return next; // cards came or went: not a layout change a cache can follow card by card
    }
    next.previousSerial = previous.serial;
    next.changedCards = Set.copyOf(changed);
    takeOverRoutes(previous, next, changed);
    return next;
  }

  /**
   * Moves the previous geometry's routes and card grid to the next one, forgetting the routes the
   * changed cards may alter; the previous geometry starts again without (it routes on demand).
   */
  private static void takeOverRoutes(
      DiagramGeometry previous, DiagramGeometry next, Set<String> changed) {
    RouteCache kept = previous.routes;
    CardGrid grid = previous.grid;
    previous.routes = new RouteCache();
    previous.grid = null;
    Map<String, EdgeRoute> dropped = new HashMap<>();
    for (String id : changed) {
      Rectangle2D before = previous.cards.get(id);
      Rectangle2D after = next.cards.get(id);
      dropped.putAll(kept.forgetEntity(id));
      if (before != null) {
        dropped.putAll(kept.forgetArea(before));
      }
      if (after != null) {
        dropped.putAll(kept.forgetArea(after));
      }
      if (grid != null) {
        if (before != null) {
          grid.remove(id, before);
        }
        if (after != null) {
          grid.add(id, after);
        }
      }
    }
    next.routes = kept;
    next.grid = grid;
    next.droppedRoutes = dropped;
  }

  /**
   * The geometry after a move of some cards and nothing else (a drag in progress moves only the
   * selection): only those cards are placed again and only their lines lose their routes, so a drag
   * frame costs the cards it moves, not the model's size. Falls back to {@link #afterLayoutChange}
   * if a card is missing.
   */
  public static DiagramGeometry afterMove(
      DiagramGeometry previous, Model model, Set<String> moved) {
    if (previous.model != model) {
      return of(model);
    }
    DiagramGeometry next = new DiagramGeometry(previous);
    Set<String> changed = new HashSet<>();
    for (String id : moved) {
      Optional<Entity> e = model.schema().entity(id);
      Optional<Bounds> b = model.layout().bounds(id);
      if (e.isEmpty() || b.isEmpty() || !next.cards.containsKey(id)) {
        return afterLayoutChange(previous, model);
      }
      Rectangle2D r = CardMetrics.cardBounds(e.get(), b.get());
      if (!r.equals(next.cards.get(id))) {
        next.cards.put(id, r);
        changed.add(id);
      }
    }
    takeOverRoutes(previous, next, changed);
    Rectangle2D all = union(next.cards.values(), model.layout());
    next.content = all == null ? Rectangle2D.EMPTY : all;
    if (previous.extents != null) {
      next.extentOwners = previous.extentOwners;
      next.extentIndex = previous.extentIndex;
      next.extents = previous.extents.clone();
      for (String id : changed) {
        for (Relationship r : model.schema().relationshipsOf(id)) {
          Integer i = next.extentIndex.get(r.id());
          if (i != null) {
            next.writeExtent(4 * i, r);
          }
        }
      }
    }
    next.previousSerial = previous.serial;
    next.changedCards = Set.copyOf(changed);
    return next;
  }

  /** A copy of another geometry's cards, to be changed by {@link #afterMove}. */
  private DiagramGeometry(DiagramGeometry previous) {
    this.model = previous.model;
    this.cards = new CardTable(previous.cards);
    this.content = previous.content;
  }

  /** The route of a relationship's line, computed once per geometry; empty if a card is unknown. */
  public Optional<EdgeRoute> route(Relationship r) {
    EdgeRoute cached = routes.get(r.id());
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<EdgeRouter.Routed> routed = EdgeRouter.routed(r, this);
    routed.ifPresent(
        value ->
            routes.put(
                r.id(),
                value.route(),
                r.sourceEntityId(),
                r.targetEntityId(),
                DetourRouter.reach(cards.get(r.sourceEntityId()), cards.get(r.targetEntityId())),
                value.dependence()));
    return routed.map(EdgeRouter.Routed::route);
  }

  /** How many routes this geometry holds (computed or taken over), for tests. */
  int cachedRoutes() {
    return routes.size();
  }

  /**
   * Lines whose route a move may have changed besides those of the moved cards (they went around a
   * moved card, or now may), by relationship id, with the route they had before; empty for a
   * geometry that did not take routes over.
   */
  Map<String, EdgeRoute> droppedRoutes() {
    return droppedRoutes;
  }

  /**
   * Whether a polyline of axis-parallel segments enters a card other than two given ones (its own),
   * asking the grid only along each segment.
   */
  boolean anyCardCrosses(List<javafx.geometry.Point2D> points, String exceptA, String exceptB) {
    if (grid == null) {
      grid = new CardGrid(cards);
    }
    for (int i = 1; i < points.size(); i++) {
      javafx.geometry.Point2D a = points.get(i - 1);
      javafx.geometry.Point2D b = points.get(i);
      double minX = Math.min(a.getX(), b.getX());
      double minY = Math.min(a.getY(), b.getY());
      Rectangle2D along =
          new Rectangle2D(
              minX, minY, Math.max(a.getX(), b.getX()) - minX, Math.max(a.getY(), b.getY()) - minY);
      if (CardGrid.cellCount(along) > MAX_SEARCH_CELLS) {
        return false; // across a large part of a big model: drawn direct
      }
      for (String id : grid.candidates(along)) {
        if (!id.equals(exceptA)
            && !id.equals(exceptB)
            && DetourRouter.crosses(a, b, cards.get(id), 0)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The cards intersecting an area other than two given ones: what a line may have to go around. An
   * area of more than {@link #MAX_SEARCH_CELLS} grid cells (a line across a large part of a big
   * model) is not searched, and such a line is drawn direct.
   */
  List<Rectangle2D> cardsNear(Rectangle2D area, String exceptA, String exceptB) {
    if (CardGrid.cellCount(area) > MAX_SEARCH_CELLS) {
      return List.of();
    }
    if (grid == null) {
      grid = new CardGrid(cards);
    }
    List<Rectangle2D> result = new ArrayList<>();
    for (String id : grid.candidates(area)) {
      Rectangle2D card = cards.get(id);
      if (!id.equals(exceptA) && !id.equals(exceptB) && card.intersects(area)) {
        result.add(card);
      }
    }
    return result;
  }

  public Model model() {
    return model;
  }

  long serial() {
    return serial;
  }

  /**
   * The cards whose rectangle changed since the geometry with serial {@code previous}, or empty
   * when this geometry does not follow that one by a layout change alone.
   */
  Optional<Set<String>> changedCardsSince(long previous) {
    return previousSerial == previous && changedCards != null
        ? Optional.of(changedCards)
        : Optional.empty();
  }

  public Optional<Rectangle2D> card(String entityId) {
    return Optional.ofNullable(cards.get(entityId));
  }

  /** Everything drawn (cards, notes, groups); {@link Rectangle2D#EMPTY} for an empty model. */
  public Rectangle2D contentBounds() {
    return content;
  }

  /** Entities whose cards intersect an area, in drawing order (later ones are on top). */
  public List<String> entitiesIn(Rectangle2D area) {
    // A linear scan: thousands of rectangle tests take microseconds; an index can come when
    // profiling says so.
    List<String> result = new ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      if (cards.rectAt(i).intersects(area)) {
        result.add(cards.idAt(i));
      }
    }
    return result;
  }

  /** The topmost entity whose card contains a model point. */
  public Optional<String> entityAt(double x, double y) {
    String hit = null;
    for (int i = 0; i < cards.size(); i++) {
      if (cards.rectAt(i).contains(x, y)) {
        hit = cards.idAt(i);
      }
    }
    return Optional.ofNullable(hit);
  }

  /** The relationship whose line passes within {@code tolerance} of a model point. */
  public Optional<String> relationshipAt(double x, double y, double tolerance) {
    javafx.geometry.Point2D p = new javafx.geometry.Point2D(x, y);
    String best = null;
    double bestDistance = tolerance;
    for (io.schemaforge.model.Relationship r : model.schema().relationships()) {
      Optional<EdgeRoute> route = route(r);
      if (route.isEmpty()) {
        continue;
      }
      List<javafx.geometry.Point2D> pts = route.get().points();
      for (int i = 0; i + 1 < pts.size(); i++) {
        double d = distanceToSegment(p, pts.get(i), pts.get(i + 1));
        if (d <= bestDistance) {
          bestDistance = d;
          best = r.id();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  static double distanceToSegment(
      javafx.geometry.Point2D p, javafx.geometry.Point2D a, javafx.geometry.Point2D b) {
    javafx.geometry.Point2D ab = b.subtract(a);
    double len2 = ab.dotProduct(ab);
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / len2));
    return p.distance(a.add(ab.multiply(t)));
  }

  /** The topmost note containing a model point. */
  public Optional<String> noteAt(double x, double y) {
    String hit = null;
    for (Note n : model.layout().notes()) {
      if (toRect(n.bounds()).contains(x, y)) {
        hit = n.id();
      }
    }
    return Optional.ofNullable(hit);
  }

  /**
   * The group whose title band contains a model point. Only the band: the rest of a group is where
   * its cards are and where rubber bands start.
   */
  public Optional<String> groupTitleAt(double x, double y) {
    String hit = null;
    for (Group g : model.layout().groups()) {
      Rectangle2D r = toRect(g.bounds());
      if (r.contains(x, y) && y <= r.getMinY() + GROUP_TITLE_HEIGHT) {
        hit = g.id();
      }
    }
    return Optional.ofNullable(hit);
  }

  /**
   * The vertical centre of an attribute's row on its card, or NaN when the entity or attribute is
   * unknown: relationship lines attach to their key columns.
   */
  public double attributeY(String entityId, String attributeId) {
    Rectangle2D card = cards.get(entityId);
    Optional<Entity> entity = model.schema().entity(entityId);
    if (card == null || entity.isEmpty()) {
      return Double.NaN;
    }
    int row = entity.get().attributeIndex(attributeId);
    return row < 0 ? Double.NaN : CardMetrics.rowCenterY(card, row);
  }

  /** The row centre of an entity's first primary-key attribute, or NaN. */
  public double primaryKeyY(String entityId) {
    return model
        .schema()
        .entity(entityId)
        .flatMap(e -> e.primaryKey().stream().findFirst())
        .map(Attribute::id)
        .map(a -> attributeY(entityId, a))
        .orElse(Double.NaN);
  }

  private void placeInGrid(List<Entity> unplaced, double top) {
    int perRow = Math.max(1, (int) Math.ceil(Math.sqrt(unplaced.size())));
    double x = 0;
    double y = top;
    double rowHeight = 0;
    for (int i = 0; i < unplaced.size(); i++) {
      if (i > 0 && i % perRow == 0) {
        x = 0;
        y += rowHeight + AUTO_GAP;
        rowHeight = 0;
      }
      Entity e = unplaced.get(i);
      Rectangle2D r =
          CardMetrics.cardBounds(e, new Bounds(x, y, Layout.DEFAULT_WIDTH, Layout.DEFAULT_HEIGHT));
      cards.put(e.id(), r);
      x += r.getWidth() + AUTO_GAP;
      rowHeight = Math.max(rowHeight, r.getHeight());
    }
  }

  private static Rectangle2D union(Iterable<Rectangle2D> rects, Layout layout) {
    List<Rectangle2D> all = new ArrayList<>();
    rects.forEach(all::add);
    for (Note n : layout.notes()) {
      all.add(toRect(n.bounds()));
    }
    for (Group g : layout.groups()) {
      all.add(toRect(g.bounds()));
    }
    if (all.isEmpty()) {
      return null;
    }
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Rectangle2D r : all) {
      minX = Math.min(minX, r.getMinX());
      minY = Math.min(minY, r.getMinY());
      maxX = Math.max(maxX, r.getMaxX());
      maxY = Math.max(maxY, r.getMaxY());
    }
    return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
  }

  static Rectangle2D toRect(Bounds b) {
    return new Rectangle2D(b.x(), b.y(), Math.max(0, b.width()), Math.max(0, b.height()));
  }
}
