package io.schemaforge.app.ui.canvas;

import static io.schemaforge.app.ui.canvas.SvgBuilder.escape;

import io.schemaforge.model.Relationship;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A relationship in SVG, as {@link RelationshipRenderer} draws it at zoom 1 (the shapes of its
 * marks come from {@link RelationshipMarks}): the orthogonal line, crow's-foot ends, the join table
 * pill and the navigation names where they fit.
 */
final class SvgRelationshipWriter {
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
    RelationshipMarks.End end = RelationshipMarks.end(p, u, mark);
    for (Point2D[] l : end.lines()) {
      svg.line(l[0].getX(), l[0].getY(), l[1].getX(), l[1].getY(), color, LINE);
    }
    if (end.circle() != null) {
      Point2D c = end.circle();
      svg.circle(
          c.getX(), c.getY(), RelationshipMarks.CIRCLE_RADIUS, theme.background(), color, LINE);
    }
  }

  private double joinTable(String text, EdgeRoute route) {
    RelationshipMarks.Pill pill = RelationshipMarks.pill(text, route, measurer);
    double h = pill.height();
    double g = RelationshipMarks.Pill.GLYPH;
    svg.roundRect(pill.x(), pill.y(), pill.width(), h, h, theme.cardFill(), theme.edge(), 1);
    svg.roundRect(pill.glyphX(), pill.glyphY(), g, g, 0, null, theme.mutedText(), 1);
    svg.line(
        pill.glyphX(),
        pill.glyphY() + 2.5,
        pill.glyphX() + g,
        pill.glyphY() + 2.5,
        theme.mutedText(),
        1);
    svg.text(
        text,
        pill.textX(),
        pill.centerY(),
        CanvasTheme.LABEL_FONT,
        theme.text(),
        TextAlignment.LEFT,
        VPos.CENTER);
    return pill.width();
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
