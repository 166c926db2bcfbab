package io.schemaforge.app.ui.canvas;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;

/**
 * Where a navigation name goes beside the end segment at one end of a route. On a straight line the
 * two names go on opposite sides; on a bent one, on the side the line does not turn to. A name that
 * would run into the join table or the other end is left out. Shared by the canvas and the SVG
 * writer, so an image always places names as the window does.
 */
record NavigationLabel(double x, double y, TextAlignment align, VPos baseline) {
  /** Distance of a navigation name from its card, past the end mark. */
  static final double ALONG = RelationshipMarks.FOOT_LENGTH + 9;

  static Optional<NavigationLabel> place(
      String name, EdgeRoute route, boolean atStart, double pillWidth, TextMeasurer measurer) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    List<Point2D> pts = route.points();
    int n = pts.size();
    int segment = atStart ? 0 : n - 2;
    Point2D p = atStart ? pts.get(0) : pts.get(n - 1);
    Point2D u = atStart ? route.startDirection() : route.endDirection();
    boolean horizontal = route.isHorizontal(segment);
    double length = route.segmentLength(segment);
    double textWidth = measurer.width(name, CanvasTheme.LABEL_FONT);
    double needed = ALONG + (horizontal ? textWidth : 8);
    double gap = RelationshipMarks.LABEL_GAP;
    double room = n == 2 ? length - RelationshipMarks.FOOT_LENGTH - gap : Double.MAX_VALUE;
    if (pillWidth > 0 && segment == route.longestSegment()) {
      room = Math.min(room, length / 2 - pillWidth / 2 - gap);
    }
    if (needed > room) {
      return Optional.empty();
    }
    int side;
    if (n == 2) {
      side = atStart ? -1 : 1;
    } else {
      // Away from where the line bends: the next segment runs to the other side.
      Point2D bend = atStart ? pts.get(1) : pts.get(n - 2);
      Point2D next = atStart ? pts.get(2) : pts.get(n - 3);
      double turn = horizontal ? next.getY() - bend.getY() : next.getX() - bend.getX();
      side = turn < 0 ? 1 : -1;
    }
    Point2D at = p.add(u.multiply(ALONG));
    if (horizontal) {
      return Optional.of(
          new NavigationLabel(
              at.getX(),
              at.getY() + side * 2,
              u.getX() > 0 ? TextAlignment.LEFT : TextAlignment.RIGHT,
              side < 0 ? VPos.BOTTOM : VPos.TOP));
    }
    return Optional.of(
        new NavigationLabel(
            at.getX() + side * 6,
            at.getY(),
            side < 0 ? TextAlignment.RIGHT : TextAlignment.LEFT,
            VPos.CENTER));
  }
}
