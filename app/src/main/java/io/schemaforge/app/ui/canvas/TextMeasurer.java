package io.schemaforge.app.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures and shortens text for the canvas, which has no layout of its own. Widths are cached per
 * font because every frame measures the same names again.
 */
final class TextMeasurer {
  // Room for every name of a 5,000-entity model with its candidate lines when zoomed out (about
  // six strings a name, see OverviewName) besides the rows in view: a full cache is dropped whole,
  // and a smaller one was dropped again and again while panning the overview. About 10 MB when
  // full.
  private static final int CACHE_LIMIT = 100_000;
  private static final String ELLIPSIS = "…";

  private final Text probe = new Text();
  private final Map<Font, Map<String, Double>> widths = new HashMap<>();
  private final Map<Double, Font> boldFonts = new HashMap<>();
  private int cached;

  double width(String text, Font font) {
    Map<String, Double> perFont = widths.computeIfAbsent(font, f -> new HashMap<>());
    Double w = perFont.get(text);
    if (w == null) {
      if (cached > CACHE_LIMIT) {
        widths.clear();
        cached = 0;
        perFont = widths.computeIfAbsent(font, f -> new HashMap<>());
      }
      probe.setFont(font);
      probe.setText(text);
      w = probe.getLayoutBounds().getWidth();
      perFont.put(text, w);
      cached++;
    }
    return w;
  }

  /** The canvas's bold font at a size, made once per size. */
  Font boldFont(double size) {
    return boldFonts.computeIfAbsent(
        size, z -> Font.font(CanvasTheme.FONT_FAMILY, javafx.scene.text.FontWeight.BOLD, z));
  }

  /** The text, or its longest prefix plus an ellipsis, that fits in {@code maxWidth}. */
  String elide(String text, Font font, double maxWidth) {
    if (text == null || text.isEmpty() || width(text, font) <= maxWidth) {
      return text == null ? "" : text;
    }
    if (maxWidth <= width(ELLIPSIS, font)) {
      return "";
    }
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (width(text.substring(0, mid) + ELLIPSIS, font) <= maxWidth) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return text.substring(0, lo) + ELLIPSIS;
  }
}
