package io.schemaforge.app.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;

/**
 * The shapes of a relationship line's decorations, in model units: the crow's-foot end marks and
 * the join table's pill. Shared by the canvas and the SVG writer, so an image always draws them as
 * the window does; each only turns these shapes into its own drawing calls.
 */
final class RelationshipMarks {
  static final double FOOT_LENGTH = 15;
  private static final double FOOT_SPREAD = 7;
  private static final double BAR_HALF = 7;
  private static final double PILL_HEIGHT = 18;
  static final double LABEL_GAP = 4;

  /** Where the circle of a "zero or one" end sits along the line, and its radius. */
  private static final double CIRCLE_ALONG = 18;

  static final double CIRCLE_RADIUS = 4.5;

  private RelationshipMarks() {}

  /** The strokes of an end mark, and for "zero or one" its circle (else {@code null}). */
  record End(List<Point2D[]> lines, Point2D circle) {}

  /**
   * An end mark at {@code p} on a card border; {@code u} is the unit vector from the border along
   * the line.
   */
  static End end(Point2D p, Point2D u, EndMark mark) {
    Point2D n = new Point2D(-u.getY(), u.getX());
    List<Point2D[]> lines = new ArrayList<>(3);
    Point2D circle = null;
    switch (mark) {
      case MANY -> {
        Point2D foot = p.add(u.multiply(FOOT_LENGTH));
        lines.add(new Point2D[] {foot, p.add(n.multiply(FOOT_SPREAD))});
        lines.add(new Point2D[] {foot, p.subtract(n.multiply(FOOT_SPREAD))});
        lines.add(new Point2D[] {foot, p});
      }
      case ONE_MANDATORY -> {
        lines.add(bar(p, u, n, 8));
        lines.add(bar(p, u, n, 13));
      }
      case ONE_OPTIONAL -> {
        lines.add(bar(p, u, n, 8));
        circle = p.add(u.multiply(CIRCLE_ALONG));
      }
      default -> throw new IllegalStateException(mark.toString());
    }
    return new End(lines, circle);
  }

  private static Point2D[] bar(Point2D p, Point2D u, Point2D n, double distance) {
    Point2D c = p.add(u.multiply(distance));
    return new Point2D[] {c.add(n.multiply(BAR_HALF)), c.subtract(n.multiply(BAR_HALF))};
  }

  /**
   * The join table's pill: its box, the small table glyph (a square {@link #GLYPH} wide with a line
   * under its top) and where its text starts, on its vertical centre {@code centerY}.
   */
  record Pill(double x, double y, double width, double height, double centerY) {
    static final double GLYPH = 7;

    double glyphX() {
      return x + 7.5;
    }

    double glyphY() {
      return centerY - 3.5;
    }

    double textX() {
      return x + 19;
    }
  }

  /**
   * The pill on the route's longest segment, or beside it when the segment is too short to hold it
   * between the end marks.
   */
  static Pill pill(String text, EdgeRoute route, TextMeasurer measurer) {
    int segment = route.longestSegment();
    Point2D at = route.segmentMiddle(segment);
    double w = measurer.width(text, CanvasTheme.LABEL_FONT) + 24;
    double h = PILL_HEIGHT;
    boolean fits = route.segmentLength(segment) >= w + 2 * (FOOT_LENGTH + LABEL_GAP);
    if (!fits) {
      at =
          route.isHorizontal(segment)
              ? at.add(0, -(h / 2 + LABEL_GAP))
              : at.add(w / 2 + LABEL_GAP, 0);
    }
    return new Pill(at.getX() - w / 2, at.getY() - h / 2, w, h, at.getY());
  }
}
