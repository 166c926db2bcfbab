package io.schemaforge.app.ui.canvas;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * The polyline of one relationship, in model units, from the source card's border to the target
 * card's border. End marks are drawn along the first and last segments.
 */
public record EdgeRoute(List<Point2D> points) {
  private static final Point2D FALLBACK = new Point2D(1, 0);

  public EdgeRoute {
    if (points.size() < 2) {
      throw new IllegalArgumentException("a route needs two points");
    }
    points = List.copyOf(points);
  }

  public Point2D start() {
    return points.get(0);
  }

  public Point2D end() {
    return points.get(points.size() - 1);
  }

  /** Unit vector from the start point along the line (away from the source card). */
  public Point2D startDirection() {
    return direction(points.get(0), points.get(1));
  }

  /** Unit vector from the end point back along the line (away from the target card). */
  public Point2D endDirection() {
    return direction(points.get(points.size() - 1), points.get(points.size() - 2));
  }

  /** Index of the longest segment (from point i to i + 1): where a label disturbs the least. */
  public int longestSegment() {
    int best = 0;
    double longest = -1;
    for (int i = 1; i < points.size(); i++) {
      double length = points.get(i - 1).distance(points.get(i));
      if (length > longest) {
        longest = length;
        best = i - 1;
      }
    }
    return best;
  }

  public double segmentLength(int segment) {
    return points.get(segment).distance(points.get(segment + 1));
  }

  public Point2D segmentMiddle(int segment) {
    return points.get(segment).midpoint(points.get(segment + 1));
  }

  public boolean isHorizontal(int segment) {
    return Math.abs(points.get(segment).getY() - points.get(segment + 1).getY()) < 0.5;
  }

  public Rectangle2D bounds() {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Point2D p : points) {
      minX = Math.min(minX, p.getX());
      minY = Math.min(minY, p.getY());
      maxX = Math.max(maxX, p.getX());
      maxY = Math.max(maxY, p.getY());
    }
    return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
  }

  private static Point2D direction(Point2D from, Point2D to) {
    Point2D d = to.subtract(from);
    double length = d.magnitude();
    return length < 1e-9 ? FALLBACK : d.multiply(1 / length);
  }
}
