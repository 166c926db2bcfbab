package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Group;
import io.schemaforge.model.Note;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws what the layout holds besides cards: the background grid (in screen units, so lines stay
 * crisp), group frames behind the cards and notes.
 */
final class LayoutDecorationRenderer {
  private static final double GRID = 20;
  private static final double MAJOR_EVERY = 5;
  private static final double MIN_SPACING_PX = 8;
  private static final Color NOTE_FILL = Color.web("#fff8d6");
  private static final Color NOTE_BORDER = Color.web("#e8cf6a");
  // Notes are yellow paper in both themes, so their text is dark in both.
  private static final Color NOTE_TEXT = Color.web("#3d3510");

  private final GraphicsContext gc;
  private final CanvasTheme theme;
  private final TextMeasurer measurer;

  LayoutDecorationRenderer(GraphicsContext gc, CanvasTheme theme, TextMeasurer measurer) {
    this.gc = gc;
    this.theme = theme;
    this.measurer = measurer;
  }

  /** Grid lines aligned to model coordinates; call with the identity transform. */
  void drawGrid(double width, double height, double zoom, double panX, double panY) {
    double step = GRID * zoom;
    boolean minor = step >= MIN_SPACING_PX;
    double majorStep = step * MAJOR_EVERY;
    while (majorStep < MIN_SPACING_PX * 2) {
      majorStep *= MAJOR_EVERY;
    }
    if (minor) {
      gc.setFill(theme.grid());
      lines(width, height, step, panX, panY);
    }
    gc.setFill(theme.gridMajor());
    lines(width, height, majorStep, panX, panY);
  }

  // One-pixel rectangles rather than stroked lines: the same pixels, but the software pipeline
  // fills axis-aligned rectangles directly where it rasterises every stroke as a path.
  private void lines(double width, double height, double step, double panX, double panY) {
    for (double x = mod(panX, step); x < width; x += step) {
      gc.fillRect(Math.floor(x), 0, 1, height);
    }
    for (double y = mod(panY, step); y < height; y += step) {
      gc.fillRect(0, Math.floor(y), width, 1);
    }
  }

  private static double mod(double a, double b) {
    double r = a % b;
    return r < 0 ? r + b : r;
  }

  void drawGroup(Group group, double zoom, boolean selected) {
    Rectangle2D r = DiagramGeometry.toRect(group.bounds());
    Color color = parse(group.color(), Color.web("#e5e7eb"));
    gc.setFill(color.deriveColor(0, 1, 1, 0.45));
    gc.fillRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 16, 16);
    gc.setStroke(color.deriveColor(0, 1.4, 0.8, 1));
    gc.setLineWidth(1 / Math.max(zoom, 0.5));
    gc.setLineDashes(6, 4);
    gc.strokeRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 16, 16);
    gc.setLineDashes();
    if (selected) {
      gc.setStroke(theme.selection());
      gc.setLineWidth(2 / Math.max(zoom, 0.5));
      gc.strokeRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 16, 16);
    }
    gc.setFont(CanvasTheme.GROUP_FONT);
    gc.setFill(color.deriveColor(0, 1.6, 0.45, 1));
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    gc.fillText(
        measurer.elide(group.name(), CanvasTheme.GROUP_FONT, r.getWidth() - 20),
        r.getMinX() + 10,
        r.getMinY() + 7);
  }

  void drawNote(Note note, double zoom, boolean selected) {
    Rectangle2D r = DiagramGeometry.toRect(note.bounds());
    double fold = 12;
    double[] xs = {r.getMinX(), r.getMaxX() - fold, r.getMaxX(), r.getMaxX(), r.getMinX()};
    double[] ys = {r.getMinY(), r.getMinY(), r.getMinY() + fold, r.getMaxY(), r.getMaxY()};
    gc.setFill(Color.rgb(15, 23, 42, 0.06));
    gc.fillRect(r.getMinX() + 1, r.getMinY() + 2, r.getWidth(), r.getHeight());
    gc.setFill(NOTE_FILL);
    gc.fillPolygon(xs, ys, xs.length);
    gc.setStroke(NOTE_BORDER);
    gc.setLineWidth(1 / Math.max(zoom, 0.5));
    gc.strokePolygon(xs, ys, xs.length);
    gc.strokeLine(r.getMaxX() - fold, r.getMinY(), r.getMaxX() - fold, r.getMinY() + fold);
    gc.strokeLine(r.getMaxX() - fold, r.getMinY() + fold, r.getMaxX(), r.getMinY() + fold);
    if (selected) {
      gc.setStroke(theme.selection());
      gc.setLineWidth(2 / Math.max(zoom, 0.5));
      gc.strokePolygon(xs, ys, xs.length);
    }
    gc.setFont(CanvasTheme.NOTE_FONT);
    gc.setFill(NOTE_TEXT);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    double lineHeight = 16;
    double y = r.getMinY() + 10;
    double room = r.getWidth() - 20 - fold / 2;
    for (String line : wrap(note.text(), room)) {
      if (y + lineHeight > r.getMaxY() - 4) {
        break;
      }
      gc.fillText(measurer.elide(line, CanvasTheme.NOTE_FONT, room), r.getMinX() + 10, y);
      y += lineHeight;
    }
  }

  /** Breaks text into lines at spaces so each fits {@code room} (a long word is elided later). */
  private java.util.List<String> wrap(String text, double room) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (line.length() > 0 && measurer.width(candidate, CanvasTheme.NOTE_FONT) > room) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static Color parse(String css, Color fallback) {
    try {
      return css == null ? fallback : Color.web(css);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
