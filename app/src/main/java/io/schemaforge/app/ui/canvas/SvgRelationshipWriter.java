package io.schemaforge.app.ui.canvas;

import static io.schemaforge.app.ui.canvas.SvgBuilder.escape;

import io.schemaforge.model.Relationship;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A relationship in SVG, following {@link RelationshipRenderer} at zoom 1: the orthogonal line,
 * crow's-foot ends, the join table pill and the navigation names where they fit.
 */
final class SvgRelationshipWriter {
  private static final double FOOT_LENGTH = 15;
  private static final double FOOT_SPREAD = 7;
  private static final double BAR_HALF = 7;
  private static final double PILL_HEIGHT = 18;
  private static final double LABEL_GAP = 4;
  private static final double LINE = 1.4;

  private final SvgBuilder svg;
  private final CanvasTheme theme;
  private final TextMeasurer measurer;

  SvgRelationshipWriter(SvgBuilder svg, CanvasTheme theme, TextMeasurer measurer) {
    this.svg = svg;
    this.theme = theme;
    this.measurer = measurer;
  }

  void write(Relationship r, EdgeRoute route) {
    Color color = theme.edge();
    List<Point2D> pts = route.points();
    double[] xs = new double[pts.size()];
    double[] ys = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      xs[i] = pts.get(i).getX();
      ys[i] = pts.get(i).getY();
    }
    svg.raw()
        .append("<g class=\"relationship\" id=\"")
        .append(escape(r.id()))
        .append("\" data-kind=\"")
        .append(r.kind().name().toLowerCase(java.util.Locale.ROOT))
        .append("\">\n");
    svg.path(xs, ys, color, LINE, " class=\"line\" stroke-linejoin=\"round\"");
    end(route.start(), route.startDirection(), EndMark.atSource(r), color);
    end(route.end(), route.endDirection(), EndMark.atTarget(r), color);
    double pillWidth = 0;
    if (r.joinTable() != null) {
      pillWidth = joinTable(r.joinTable().tableName(), route);
    }
    navigation(r.sourceNavigation(), route, false, pillWidth);
    navigation(r.targetNavigation(), route, true, pillWidth);
    svg.raw().append("</g>\n");
  }

  private void end(Point2D p, Point2D u, EndMark mark, Color color) {
    Point2D n = new Point2D(-u.getY(), u.getX());
    switch (mark) {
      case MANY -> {
        Point2D foot = p.add(u.multiply(FOOT_LENGTH));
        line(foot, p.add(n.multiply(FOOT_SPREAD)), color);
        line(foot, p.subtract(n.multiply(FOOT_SPREAD)), color);
        line(foot, p, color);
      }
      case ONE_MANDATORY -> {
        bar(p, u, n, 8, color);
        bar(p, u, n, 13, color);
      }
      case ONE_OPTIONAL -> {
        bar(p, u, n, 8, color);
        Point2D c = p.add(u.multiply(18));
        svg.circle(c.getX(), c.getY(), 4.5, theme.background(), color, LINE);
      }
      default -> throw new IllegalStateException(mark.toString());
    }
  }

  private void bar(Point2D p, Point2D u, Point2D n, double distance, Color color) {
    Point2D c = p.add(u.multiply(distance));
    line(c.add(n.multiply(BAR_HALF)), c.subtract(n.multiply(BAR_HALF)), color);
  }

  private void line(Point2D a, Point2D b, Color color) {
    svg.line(a.getX(), a.getY(), b.getX(), b.getY(), color, LINE);
  }

  private double joinTable(String text, EdgeRoute route) {
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
    double x = at.getX() - w / 2;
    double y = at.getY() - h / 2;
    svg.roundRect(x, y, w, h, h, theme.cardFill(), theme.edge(), 1);
    svg.roundRect(x + 7.5, at.getY() - 3.5, 7, 7, 0, null, theme.mutedText(), 1);
    svg.line(x + 7.5, at.getY() - 1, x + 14.5, at.getY() - 1, theme.mutedText(), 1);
    svg.text(
        text,
        x + 19,
        at.getY(),
        CanvasTheme.LABEL_FONT,
        theme.text(),
        TextAlignment.LEFT,
        VPos.CENTER);
    return w;
  }

  private void navigation(String name, EdgeRoute route, boolean atStart, double pillWidth) {
    NavigationLabel.place(name, route, atStart, pillWidth, measurer)
        .ifPresent(
            l ->
                svg.text(
                    name,
                    l.x(),
                    l.y(),
                    CanvasTheme.LABEL_FONT,
                    theme.mutedText(),
                    l.align(),
                    l.baseline()));
  }
}
