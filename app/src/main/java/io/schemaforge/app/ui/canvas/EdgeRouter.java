package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Routes relationship lines orthogonally between card borders. Cards side by side are joined from
 * side to side at their key rows (the "one" side's primary key, the "many" side's foreign key),
 * cards above each other from bottom to top; cards too close for an orthogonal line get a straight
 * one clipped to both borders, and a self-reference becomes a loop on the card's right side.
 *
 * <p>A line that would run through another card takes a detour around it where one is clear ({@link
 * DetourRouter}). A route depends on its two cards and the cards within their {@link
 * DetourRouter#reach}, so a moved card re-routes only its own lines and those whose reach it left
 * or entered.
 */
public final class EdgeRouter {
  /** Space between cards below which an orthogonal route would have no room for its end marks. */
  static final double MIN_GAP = 40;

  /** Keeps attachment points away from rounded corners. */
  static final double CORNER_INSET = 14;

  static final double LOOP_WIDTH = 32;

  private EdgeRouter() {}

  /** The route of a relationship, or empty when one of its cards is unknown. */
  public static Optional<EdgeRoute> route(Relationship r, DiagramGeometry geometry) {
    return routed(r, geometry).map(Routed::route);
  }

  /** A route and what may change it besides its own two cards. */
  record Routed(EdgeRoute route, RouteCache.Dependence dependence) {}

  /** The route of a relationship with what it depends on, or empty when a card is unknown. */
  static Optional<Routed> routed(Relationship r, DiagramGeometry geometry) {
    Optional<Rectangle2D> source = geometry.card(r.sourceEntityId());
    Optional<Rectangle2D> target = geometry.card(r.targetEntityId());
    if (source.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    double sourceY = geometry.primaryKeyY(r.sourceEntityId());
    double targetY =
        r.kind() == RelationshipKind.MANY_TO_MANY || r.foreignKeyAttributeIds().isEmpty()
            ? geometry.primaryKeyY(r.targetEntityId())
            : geometry.attributeY(r.targetEntityId(), r.foreignKeyAttributeIds().get(0));
    if (r.isSelfReferencing()) {
      return fixed(loop(source.get(), sourceY, targetY));
    }
    Rectangle2D s = source.get();
    Rectangle2D t = target.get();
    EdgeRoute direct = between(s, sourceY, t, targetY);
    // Most lines cross no card: asking the grid along the line's own segments settles them; only
    // a blocked line pays for the search of its whole reach.
    if (!geometry.anyCardCrosses(direct.points(), r.sourceEntityId(), r.targetEntityId())) {
      return Optional.of(new Routed(direct, RouteCache.Dependence.CLEAR));
    }
    Rectangle2D reach = DetourRouter.reach(s, t);
    if (CardGrid.cellCount(reach) > DetourRouter.MAX_REACH_CELLS) {
      return fixed(direct); // far apart: a detour would hardly be clearer
    }
    List<Rectangle2D> others = geometry.cardsNear(reach, r.sourceEntityId(), r.targetEntityId());
    if (others.size() > DetourRouter.MAX_OBSTACLES) {
      // A crowd: no lane through it is likely, and searching costs.
      return Optional.of(new Routed(direct, RouteCache.Dependence.AREA));
    }
    return Optional.of(
        new Routed(DetourRouter.avoid(direct, s, t, others), RouteCache.Dependence.AREA));
  }

  private static Optional<Routed> fixed(EdgeRoute route) {
    return Optional.of(new Routed(route, RouteCache.Dependence.FIXED));
  }

  /**
   * A route between two different cards.
   *
   * @param sy preferred attachment height on the source card (NaN: none)
   * @param ty preferred attachment height on the target card (NaN: none)
   */
  static EdgeRoute between(Rectangle2D s, double sy, Rectangle2D t, double ty) {
    double gapX = Math.max(t.getMinX() - s.getMaxX(), s.getMinX() - t.getMaxX());
    double gapY = Math.max(t.getMinY() - s.getMaxY(), s.getMinY() - t.getMaxY());
    if (gapX >= MIN_GAP && (gapX >= gapY || gapY < MIN_GAP)) {
      return sideToSide(s, sy, t, ty);
    }
    if (gapY >= MIN_GAP) {
      return topToBottom(s, t);
    }
    return straight(s, t);
  }

  private static EdgeRoute sideToSide(Rectangle2D s, double sy, Rectangle2D t, double ty) {
    boolean sourceLeft = s.getMaxX() <= t.getMinX();
    double sx = sourceLeft ? s.getMaxX() : s.getMinX();
    double tx = sourceLeft ? t.getMinX() : t.getMaxX();
    double y1 = attach(sy, t.getMinY() + t.getHeight() / 2, s.getMinY(), s.getMaxY());
    double y2 = attach(ty, s.getMinY() + s.getHeight() / 2, t.getMinY(), t.getMaxY());
    if (Double.isNaN(sy) && Double.isNaN(ty)) {
      // No key rows to aim at: a straight line through the shared height range when there is one.
      double lo = Math.max(s.getMinY(), t.getMinY()) + CORNER_INSET;
      double hi = Math.min(s.getMaxY(), t.getMaxY()) - CORNER_INSET;
      if (hi >= lo) {
        y1 = (lo + hi) / 2;
        y2 = y1;
      }
    }
    if (Math.abs(y1 - y2) < 0.5) {
      return new EdgeRoute(List.of(new Point2D(sx, y1), new Point2D(tx, y1)));
    }
    double midX = (sx + tx) / 2;
    return new EdgeRoute(
        List.of(
            new Point2D(sx, y1),
            new Point2D(midX, y1),
            new Point2D(midX, y2),
            new Point2D(tx, y2)));
  }

  private static EdgeRoute topToBottom(Rectangle2D s, Rectangle2D t) {
    boolean sourceAbove = s.getMaxY() <= t.getMinY();
    double sy = sourceAbove ? s.getMaxY() : s.getMinY();
    double ty = sourceAbove ? t.getMinY() : t.getMaxY();
    double lo = Math.max(s.getMinX(), t.getMinX()) + CORNER_INSET;
    double hi = Math.min(s.getMaxX(), t.getMaxX()) - CORNER_INSET;
    double x1;
    double x2;
    if (hi >= lo) {
      x1 = (lo + hi) / 2;
      x2 = x1;
    } else {
      x1 = attach(Double.NaN, t.getMinX() + t.getWidth() / 2, s.getMinX(), s.getMaxX());
      x2 = attach(Double.NaN, s.getMinX() + s.getWidth() / 2, t.getMinX(), t.getMaxX());
    }
    if (Math.abs(x1 - x2) < 0.5) {
      return new EdgeRoute(List.of(new Point2D(x1, sy), new Point2D(x1, ty)));
    }
    double midY = (sy + ty) / 2;
    return new EdgeRoute(
        List.of(
            new Point2D(x1, sy),
            new Point2D(x1, midY),
            new Point2D(x2, midY),
            new Point2D(x2, ty)));
  }

  /** Overlapping or touching cards: centre to centre, clipped to both borders. */
  private static EdgeRoute straight(Rectangle2D s, Rectangle2D t) {
    Point2D sc = center(s);
    Point2D tc = center(t);
    if (sc.distance(tc) < 1) {
      tc = sc.add(0, -1);
    }
    return new EdgeRoute(List.of(clip(s, sc, tc), clip(t, tc, sc)));
  }

  private static EdgeRoute loop(Rectangle2D card, double sy, double ty) {
    double top = card.getMinY() + CardMetrics.HEADER_HEIGHT / 2;
    double y1 = Double.isNaN(sy) ? top : sy;
    double y2 = Double.isNaN(ty) ? y1 + 2 * CardMetrics.ROW_HEIGHT : ty;
    if (Math.abs(y1 - y2) < CardMetrics.ROW_HEIGHT) {
      y2 = y1 + CardMetrics.ROW_HEIGHT;
    }
    double x = card.getMaxX();
    return new EdgeRoute(
        List.of(
            new Point2D(x, y1),
            new Point2D(x + LOOP_WIDTH, y1),
            new Point2D(x + LOOP_WIDTH, y2),
            new Point2D(x, y2)));
  }

  /**
   * The preferred value when there is one, else {@code toward} kept inside [lo, hi] minus insets.
   */
  private static double attach(double preferred, double toward, double lo, double hi) {
    if (!Double.isNaN(preferred)) {
      return preferred;
    }
    double min = lo + CORNER_INSET;
    double max = hi - CORNER_INSET;
    return min > max ? (lo + hi) / 2 : Math.max(min, Math.min(max, toward));
  }

  private static Point2D center(Rectangle2D r) {
    return new Point2D(r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2);
  }

  /** Where the segment from {@code inside} (the rectangle's centre) to {@code toward} leaves it. */
  static Point2D clip(Rectangle2D r, Point2D inside, Point2D toward) {
    double dx = toward.getX() - inside.getX();
    double dy = toward.getY() - inside.getY();
    double tx = dx == 0 ? Double.MAX_VALUE : (r.getWidth() / 2) / Math.abs(dx);
    double ty = dy == 0 ? Double.MAX_VALUE : (r.getHeight() / 2) / Math.abs(dy);
    double t = Math.min(1, Math.min(tx, ty));
    return new Point2D(inside.getX() + dx * t, inside.getY() + dy * t);
  }
}
