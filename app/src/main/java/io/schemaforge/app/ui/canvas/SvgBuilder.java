package io.schemaforge.app.ui.canvas;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Appends SVG elements with the vocabulary of a JavaFX {@code GraphicsContext} (round rectangles
 * with arc diameters, text aligned and placed by baseline), so the SVG writers can follow the
 * canvas renderers line by line. Numbers are written with two decimals, text is escaped.
 */
final class SvgBuilder {
  /** The canvas's "System" font on every platform the SVG may be opened on. */
  static final String FONT_STACK =
      "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

  private final StringBuilder out = new StringBuilder();

  StringBuilder raw() {
    return out;
  }

  void roundRect(
      double x, double y, double w, double h, double arc, Color fill, Color stroke, double line) {
    out.append("<rect")
        .append(attr("x", x))
        .append(attr("y", y))
        .append(attr("width", w))
        .append(attr("height", h));
    if (arc > 0) {
      // A canvas arc is the corner's diameter; SVG's rx is its radius.
      out.append(attr("rx", arc / 2));
    }
    paint(fill, stroke, line);
    out.append("/>\n");
  }

  void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
    out.append("<line")
        .append(attr("x1", x1))
        .append(attr("y1", y1))
        .append(attr("x2", x2))
        .append(attr("y2", y2));
    paint(null, stroke, width);
    out.append("/>\n");
  }

  void circle(double cx, double cy, double r, Color fill, Color stroke, double width) {
    out.append("<circle").append(attr("cx", cx)).append(attr("cy", cy)).append(attr("r", r));
    paint(fill, stroke, width);
    out.append("/>\n");
  }

  void polygon(double[] xs, double[] ys, Color fill, Color stroke, double width) {
    out.append("<polygon points=\"").append(points(xs, ys)).append('"');
    paint(fill, stroke, width);
    out.append("/>\n");
  }

  /** An open polyline as a path, carrying {@code extra} attributes (already formatted). */
  void path(double[] xs, double[] ys, Color stroke, double width, String extra) {
    out.append("<path d=\"");
    for (int i = 0; i < xs.length; i++) {
      out.append(i == 0 ? "M" : " L").append(num(xs[i])).append(' ').append(num(ys[i]));
    }
    out.append('"').append(extra);
    paint(null, stroke, width);
    out.append("/>\n");
  }

  void text(
      String text, double x, double y, Font font, Color fill, TextAlignment align, VPos vpos) {
    if (text == null || text.isEmpty()) {
      return;
    }
    out.append("<text")
        .append(attr("x", x))
        .append(attr("y", y + baselineShift(vpos, font.getSize())))
        .append(" font-size=\"")
        .append(num(font.getSize()))
        .append('"');
    String style = font.getStyle().toLowerCase(Locale.ROOT);
    if (style.contains("bold")) {
      out.append(" font-weight=\"bold\"");
    }
    if (style.contains("italic")) {
      out.append(" font-style=\"italic\"");
    }
    if (align == TextAlignment.CENTER) {
      out.append(" text-anchor=\"middle\"");
    } else if (align == TextAlignment.RIGHT) {
      out.append(" text-anchor=\"end\"");
    }
    paint(fill, null, 0);
    out.append('>').append(escape(text)).append("</text>\n");
  }

  /**
   * Where the baseline is relative to the canvas's text position: computed from typical font
   * metrics (ascent 0.93, descent 0.24 of the size) instead of {@code dominant-baseline}, which
   * viewers implement unevenly.
   */
  private static double baselineShift(VPos vpos, double size) {
    return switch (vpos) {
      case TOP -> 0.93 * size;
      case CENTER -> 0.35 * size;
      case BOTTOM -> -0.24 * size;
      default -> 0;
    };
  }

  private void paint(Color fill, Color stroke, double width) {
    if (fill == null) {
      out.append(" fill=\"none\"");
    } else {
      out.append(" fill=\"").append(hex(fill)).append('"');
      if (fill.getOpacity() < 1) {
        out.append(" fill-opacity=\"").append(num(fill.getOpacity())).append('"');
      }
    }
    if (stroke != null) {
      out.append(" stroke=\"").append(hex(stroke)).append('"');
      if (stroke.getOpacity() < 1) {
        out.append(" stroke-opacity=\"").append(num(stroke.getOpacity())).append('"');
      }
      out.append(" stroke-width=\"").append(num(width)).append('"');
    }
  }

  static String hex(Color c) {
    return String.format(
        "#%02x%02x%02x",
        Math.round(c.getRed() * 255),
        Math.round(c.getGreen() * 255),
        Math.round(c.getBlue() * 255));
  }

  static String attr(String name, double value) {
    return " " + name + "=\"" + num(value) + "\"";
  }

  static String num(double v) {
    double r = Math.round(v * 100) / 100.0;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return String.format(Locale.ROOT, "%.2f", r).replaceAll("0$", "");
  }

  private static String points(double[] xs, double[] ys) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      s.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
    }
    return s.toString();
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> {
          // XML 1.0 forbids most control characters, even escaped.
          if (c >= 0x20 || c == '\t' || c == '\n') {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }
}
