package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Relationship;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws a relationship line in model units with crow's-foot ends (bars for "one", a foot for
 * "many"), the join table of a many-to-many relationship, and the navigation names near the ends
 * where they fit without overlapping each other or the join table.
 */
final class RelationshipRenderer {
  /** Below this zoom navigation names would be unreadable clutter. */
  private static final double LABEL_ZOOM = 0.6;

  private final GraphicsContext gc;
  private final CanvasTheme theme;
  private final TextMeasurer measurer;

  RelationshipRenderer(GraphicsContext gc, CanvasTheme theme, TextMeasurer measurer) {
    this.gc = gc;
    this.theme = theme;
    this.measurer = measurer;
  }

  void draw(Relationship r, EdgeRoute route, boolean highlighted, boolean details, double zoom) {
    Color color = highlighted ? theme.selection() : theme.edge();
    gc.setStroke(color);
    gc.setLineWidth((highlighted ? 2 : 1.4) / Math.max(zoom, 0.5));
    List<Point2D> pts = route.points();
    double[] xs = new double[pts.size()];
    double[] ys = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      xs[i] = pts.get(i).getX();
      ys[i] = pts.get(i).getY();
    }
    gc.strokePolyline(xs, ys, pts.size());
    drawEnd(route.start(), route.startDirection(), EndMark.atSource(r), color);
    drawEnd(route.end(), route.endDirection(), EndMark.atTarget(r), color);
    if (!details) {
      return;
    }
    double pillWidth = 0;
    if (r.joinTable() != null) {
      pillWidth = drawJoinTable(r.joinTable().tableName(), route, highlighted);
    }
    if (zoom >= LABEL_ZOOM) {
      // A navigation property is named after what it points at, so it sits at the far end.
      drawNavigation(r.sourceNavigation(), route, false, pillWidth);
      drawNavigation(r.targetNavigation(), route, true, pillWidth);
    }
  }

  /**
   * Zoomed out (cards without rows): the plain lines all in one path, so the software rasteriser
   * runs once instead of once per line, and without end marks, which would be a few pixels of
   * noise. Selected lines are drawn one by one, with their marks, by {@link #draw}.
   */
  void drawPlain(List<EdgeRoute> routes, double zoom) {
    if (routes.isEmpty()) {
      return;
    }
    gc.setStroke(theme.edge());
    gc.setLineWidth(1.4 / Math.max(zoom, 0.5));
    gc.beginPath();
    for (EdgeRoute route : routes) {
      List<Point2D> pts = route.points();
      gc.moveTo(pts.get(0).getX(), pts.get(0).getY());
      for (int i = 1; i < pts.size(); i++) {
        gc.lineTo(pts.get(i).getX(), pts.get(i).getY());
      }
    }
    gc.stroke();
    gc.beginPath();
  }

  /** A mark at {@code p} on a card border; {@code u} points from the border along the line. */
  private void drawEnd(Point2D p, Point2D u, EndMark mark, Color color) {
    RelationshipMarks.End end = RelationshipMarks.end(p, u, mark);
    for (Point2D[] l : end.lines()) {
      gc.strokeLine(l[0].getX(), l[0].getY(), l[1].getX(), l[1].getY());
    }
    if (end.circle() != null) {
      Point2D c = end.circle();
      double radius = RelationshipMarks.CIRCLE_RADIUS;
      gc.setFill(theme.background());
      gc.fillOval(c.getX() - radius, c.getY() - radius, 2 * radius, 2 * radius);
      gc.setStroke(color);
      gc.strokeOval(c.getX() - radius, c.getY() - radius, 2 * radius, 2 * radius);
    }
  }

  /** The join table's name in a pill ({@link RelationshipMarks#pill}); returns the pill's width. */
  private double drawJoinTable(String text, EdgeRoute route, boolean highlighted) {
    RelationshipMarks.Pill pill = RelationshipMarks.pill(text, route, measurer);
    double h = pill.height();
    gc.setFill(theme.cardFill());
    gc.fillRoundRect(pill.x(), pill.y(), pill.width(), h, h, h);
    gc.setStroke(highlighted ? theme.selection() : theme.edge());
    gc.setLineWidth(1);
    gc.strokeRoundRect(pill.x(), pill.y(), pill.width(), h, h, h);
    // A tiny table glyph says "this is a table", not a role name.
    double g = RelationshipMarks.Pill.GLYPH;
    gc.setStroke(theme.mutedText());
    gc.strokeRect(pill.glyphX(), pill.glyphY(), g, g);
    gc.strokeLine(pill.glyphX(), pill.glyphY() + 2.5, pill.glyphX() + g, pill.glyphY() + 2.5);
    gc.setFill(theme.text());
    gc.setFont(CanvasTheme.LABEL_FONT);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(text, pill.textX(), pill.centerY());
    return pill.width();
  }

  /** A navigation name beside the end segment at one end of the route ({@link NavigationLabel}). */
  private void drawNavigation(String name, EdgeRoute route, boolean atStart, double pillWidth) {
    NavigationLabel.place(name, route, atStart, pillWidth, measurer)
        .ifPresent(
            l -> {
              gc.setFont(CanvasTheme.LABEL_FONT);
              gc.setFill(theme.mutedText());
              gc.setTextAlign(l.align());
              gc.setTextBaseline(l.baseline());
              gc.fillText(name, l.x(), l.y());
              gc.setTextAlign(TextAlignment.LEFT);
            });
  }
}
