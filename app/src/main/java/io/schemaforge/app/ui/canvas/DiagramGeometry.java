package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import io.schemaforge.model.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where every card of a model is, in model units, computed once per change so drawing, culling and
 * hit testing only look rectangles up. Entities without a stored position (for example just
 * imported) are placed in a grid below the rest, so nothing is ever invisible.
 */
public final class DiagramGeometry {
  private static final double AUTO_GAP = 60;

  private final Model model;
  private final Map<String, Rectangle2D> cards = new LinkedHashMap<>();
  private final Rectangle2D content;

  private DiagramGeometry(Model model) {
    this.model = model;
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

  public Model model() {
    return model;
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
    for (Map.Entry<String, Rectangle2D> e : cards.entrySet()) {
      if (e.getValue().intersects(area)) {
        result.add(e.getKey());
      }
    }
    return result;
  }

  /** The topmost entity whose card contains a model point. */
  public Optional<String> entityAt(double x, double y) {
    String hit = null;
    for (Map.Entry<String, Rectangle2D> e : cards.entrySet()) {
      if (e.getValue().contains(x, y)) {
        hit = e.getKey();
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
