package io.schemaforge.app.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Replaces an orthogonal route that runs through other cards by one that goes around them: with the
 * same two attachment points, it tries a line with the vertical piece in another channel between
 * the cards (three segments), then lines that leave the source, run along a free lane above or
 * below the cards in the way and come back (five segments), cheapest first (length plus a price per
 * bend). When none is clear the route is kept as it was.
 *
 * <p>A route of cards above each other is the same problem turned by 90 degrees, so the search is
 * written once, for lines that leave their cards sideways, and vertical ones are transposed.
 */
final class DetourRouter {
  /** Distance a detour keeps from other cards, so it does not seem to touch them. */
  static final double CLEARANCE = 20;

  /** How far beyond its two cards a detour may go: the router looks for cards only in there. */
  static final double REACH = 240;

  /**
   * Cards this far apart (their reach covering more grid cells, about 2,400 units square) are
   * joined direct: the search would be long, and a line that long crosses the picture anyway.
   */
  static final long MAX_REACH_CELLS = 36;

  /** More cards than this within reach: the line is drawn direct rather than searched around. */
  static final int MAX_OBSTACLES = 16;

  /** Straight piece at each end, so an end mark never sits on a bend. */
  private static final double STUB = 20;

  private static final double BEND_COST = 60;
  private static final int MAX_CHANNELS = 7;
  private static final int MAX_LANES = 8;

  private DetourRouter() {}

  /** The area whose cards may change the route between two cards. */
  static Rectangle2D reach(Rectangle2D s, Rectangle2D t) {
    double minX = Math.min(s.getMinX(), t.getMinX()) - REACH;
    double minY = Math.min(s.getMinY(), t.getMinY()) - REACH;
    double maxX = Math.max(s.getMaxX(), t.getMaxX()) + REACH;
    double maxY = Math.max(s.getMaxY(), t.getMaxY()) + REACH;
    return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
  }

  /**
   * The route itself when it crosses none of {@code others}, else the cheapest clear detour, else
   * the route itself.
   *
   * @param s the source card, {@code t} the target card (lines may touch but not enter them)
   * @param others the other cards within {@link #reach}
   */
  static EdgeRoute avoid(EdgeRoute route, Rectangle2D s, Rectangle2D t, List<Rectangle2D> others) {
    if (others.isEmpty() || isClear(route.points(), s, t, others, 0)) {
      return route;
    }
    boolean horizontal = route.isHorizontal(0);
    boolean vertical = Math.abs(route.start().getX() - route.points().get(1).getX()) < 0.5;
    if (!horizontal && !vertical) {
      return route; // a straight line between cards too close for anything else
    }
    if (horizontal) {
      return sideways(route, s, t, others);
    }
    return transpose(sideways(transpose(route), transpose(s), transpose(t), transpose(others)));
  }

  private static EdgeRoute sideways(
      EdgeRoute route, Rectangle2D s, Rectangle2D t, List<Rectangle2D> others) {
    Point2D p1 = route.start();
    Point2D p2 = route.end();
    double dir = Math.signum(p2.getX() - p1.getX());
    if (dir == 0 || Math.abs(p2.getX() - p1.getX()) < 2 * STUB) {
      return route;
    }
    double lo = Math.min(p1.getX(), p2.getX()) + STUB;
    double hi = Math.max(p1.getX(), p2.getX()) - STUB;
    List<Double> channels = channels(lo, hi, others);
    List<Double> lanes = lanes(p1, p2, s, t, others);
    List<List<Point2D>> candidates = new ArrayList<>();
    if (Math.abs(p1.getY() - p2.getY()) >= 0.5) {
      for (double c : channels) {
        candidates.add(List.of(p1, new Point2D(c, p1.getY()), new Point2D(c, p2.getY()), p2));
      }
    }
    for (double a : channels) {
      for (double b : channels) {
        if (dir * (b - a) <= 0) {
          continue;
        }
        for (double y : lanes) {
          candidates.add(
              List.of(
                  p1,
                  new Point2D(a, p1.getY()),
                  new Point2D(a, y),
                  new Point2D(b, y),
                  new Point2D(b, p2.getY()),
                  p2));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(DetourRouter::cost));
    for (List<Point2D> candidate : candidates) {
      if (isClear(candidate, s, t, others, CLEARANCE)) {
        return new EdgeRoute(withoutDuplicates(candidate));
      }
    }
    return route;
  }

  /** Where a vertical piece may run: the middle, the ends, and just beside each card in the way. */
  private static List<Double> channels(double lo, double hi, List<Rectangle2D> others) {
    double mid = (lo + hi) / 2;
    TreeSet<Double> all = new TreeSet<>(List.of(mid, lo, hi));
    for (Rectangle2D o : others) {
      for (double x : new double[] {o.getMinX() - CLEARANCE, o.getMaxX() + CLEARANCE}) {
        if (x >= lo && x <= hi) {
          all.add(x);
        }
      }
    }
    return nearest(all, mid, MAX_CHANNELS);
  }

  /** Where a horizontal piece may run: just above or below both cards and each card in the way. */
  private static List<Double> lanes(
      Point2D p1, Point2D p2, Rectangle2D s, Rectangle2D t, List<Rectangle2D> others) {
    double top = Math.min(s.getMinY(), t.getMinY()) - REACH + CLEARANCE;
    double bottom = Math.max(s.getMaxY(), t.getMaxY()) + REACH - CLEARANCE;
    TreeSet<Double> all = new TreeSet<>();
    all.add(Math.min(s.getMinY(), t.getMinY()) - 2 * CLEARANCE);
    all.add(Math.max(s.getMaxY(), t.getMaxY()) + 2 * CLEARANCE);
    for (Rectangle2D o : others) {
      all.add(o.getMinY() - CLEARANCE);
      all.add(o.getMaxY() + CLEARANCE);
    }
    all.removeIf(y -> y < top || y > bottom);
    return nearest(all, (p1.getY() + p2.getY()) / 2, MAX_LANES);
  }

  private static List<Double> nearest(TreeSet<Double> values, double to, int limit) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparingDouble(v -> Math.abs(v - to)));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }

  private static double cost(List<Point2D> points) {
    double length = 0;
    int bends = 0;
    for (int i = 1; i < points.size(); i++) {
      double d = points.get(i - 1).distance(points.get(i));
      length += d;
      if (d > 0.5 && i < points.size() - 1) {
        bends++;
      }
    }
    return length + BEND_COST * bends;
  }

  /**
   * Whether no segment enters a card: the line's own cards may be touched (it starts and ends on
   * their borders), other cards must be kept {@code clearance} away from.
   */
  static boolean isClear(
      List<Point2D> points,
      Rectangle2D s,
      Rectangle2D t,
      List<Rectangle2D> others,
      double clearance) {
    for (int i = 1; i < points.size(); i++) {
      Point2D a = points.get(i - 1);
      Point2D b = points.get(i);
      if (crosses(a, b, s, 0) || crosses(a, b, t, 0)) {
        return false;
      }
      for (Rectangle2D o : others) {
        if (crosses(a, b, o, clearance)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether an axis-parallel segment enters a rectangle grown by {@code margin}. */
  static boolean crosses(Point2D a, Point2D b, Rectangle2D r, double margin) {
    return Math.min(a.getX(), b.getX()) < r.getMaxX() + margin
        && Math.max(a.getX(), b.getX()) > r.getMinX() - margin
        && Math.min(a.getY(), b.getY()) < r.getMaxY() + margin
        && Math.max(a.getY(), b.getY()) > r.getMinY() - margin;
  }

  private static List<Point2D> withoutDuplicates(List<Point2D> points) {
    List<Point2D> result = new ArrayList<>();
    for (Point2D p : points) {
      if (result.isEmpty() || result.get(result.size() - 1).distance(p) > 0.5) {
        result.add(p);
      }
    }
    // Drop middle points on a straight run, so a segment count means bends.
    for (int i = result.size() - 2; i > 0; i--) {
      Point2D a = result.get(i - 1);
      Point2D b = result.get(i);
      Point2D c = result.get(i + 1);
      boolean sameX = Math.abs(a.getX() - b.getX()) < 0.5 && Math.abs(b.getX() - c.getX()) < 0.5;
      boolean sameY = Math.abs(a.getY() - b.getY()) < 0.5 && Math.abs(b.getY() - c.getY()) < 0.5;
      if (sameX || sameY) {
        result.remove(i);
      }
    }
    return result;
  }

  private static Rectangle2D transpose(Rectangle2D r) {
    return new Rectangle2D(r.getMinY(), r.getMinX(), r.getHeight(), r.getWidth());
  }

  private static List<Rectangle2D> transpose(List<Rectangle2D> rects) {
    return rects.stream().map(DetourRouter::transpose).toList();
  }

  private static EdgeRoute transpose(EdgeRoute route) {
    return new EdgeRoute(
        route.points().stream().map(p -> new Point2D(p.getY(), p.getX())).toList());
  }
}
