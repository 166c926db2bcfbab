package io.schemaforge.app.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * How a card's name is set when zoomed out to the overview (between the box zoom and the detail
 * zoom): on one, two or three lines, broken between the words of the name, at the largest size that
 * fits the card. On one line a name like {@code CatalogInvoiceEntry} had to shrink to about 4
 * pixels on a card 60 pixels wide, unreadable; "Catalog / Invoice / Entry" fits at twice that.
 */
final class OverviewName {
  /** Screen pixels: a name never grows beyond this, however much room its card has. */
  static final double LARGEST_PX = 12;

  /** Screen pixels: smaller than this a name is noise, not text, and is left out. */
  static final double SMALLEST_PX = 4;

  /**
   * Screen pixels: the smallest name on a card drawn as a box (below the overview zoom), where a
   * name is worth its cost only when it can really be read.
   */
  static final double SMALLEST_PX_ON_A_BOX = 6;

  static final int MOST_LINES = 3;

  /** Line height as a multiple of the font size. */
  static final double LEADING = 1.2;

  // Between a lower-case letter or digit and an upper-case one (orderLine|Item), before the last
  // capital of an acronym followed by lower case (HTTP|Request), and after underscores and spaces
  // (order_|line): breaks only, so the lines put together again are the name itself.
  private static final Pattern WORD_BREAK =
      Pattern.compile(
          "(?<=[\\p{Ll}\\d])(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=[_\\s])(?=[^_\\s])");

  /** The lines and the font size (in model units) to draw them at. */
  record Setting(List<String> lines, double size) {}

  private OverviewName() {}

  /**
   * @param width the room across, model units
   * @param height the room down, model units
   * @param widthAt how wide a piece of text is at {@code baseSize}, in model units
   * @param smallestPx the smallest readable size on screen
   * @return how to set the name, or null when even the best setting would be under {@code
   *     smallestPx} on screen
   */
  static Setting set(
      String name,
      double width,
      double height,
      double zoom,
      double baseSize,
      ToDoubleFunction<String> widthAt,
      double smallestPx) {
    List<String> words = words(name);
    Setting best = null;
    for (int k = 1; k <= Math.min(MOST_LINES, words.size()); k++) {
      List<String> lines = narrowestLines(words, k, widthAt);
      double widest = 1;
      for (String line : lines) {
        widest = Math.max(widest, widthAt.applyAsDouble(line));
      }
      double size =
          Math.min(LARGEST_PX / zoom, Math.min(baseSize * width / widest, height / (k * LEADING)));
      // Strictly larger only: at the same size fewer lines read better.
      if (best == null || size > best.size()) {
        best = new Setting(lines, size);
      }
    }
    return best == null || best.size() * zoom < smallestPx ? null : best;
  }

  /** The name's words, in order, each with the separator that follows it. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : WORD_BREAK.split(name == null ? "" : name.strip())) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words.isEmpty() ? List.of("") : words;
  }

  /**
   * The words in {@code k} lines whose widest is as narrow as can be: every way to cut them is
   * tried (a name has a handful of words, so at most a few dozen ways).
   */
  private static List<String> narrowestLines(
      List<String> words, int k, ToDoubleFunction<String> widthAt) {
    List<String> best = null;
    double bestWidest = Double.MAX_VALUE;
    for (int[] cuts : cuts(words.size(), k)) {
      List<String> lines = new ArrayList<>(k);
      int from = 0;
      double widest = 0;
      for (int i = 0; i <= cuts.length; i++) {
        int to = i < cuts.length ? cuts[i] : words.size();
        String line = String.join("", words.subList(from, to)).stripTrailing();
        lines.add(line);
        widest = Math.max(widest, widthAt.applyAsDouble(line));
        from = to;
      }
      if (widest < bestWidest) {
        bestWidest = widest;
        best = lines;
      }
    }
    return best;
  }

  /** Every increasing choice of {@code k - 1} cut positions between 1 and {@code n - 1}. */
  private static List<int[]> cuts(int n, int k) {
    List<int[]> all = new ArrayList<>();
    collect(new int[k - 1], 0, 1, n, all);
    return all;
  }

  private static void collect(int[] cuts, int i, int from, int n, List<int[]> all) {
    if (i == cuts.length) {
      all.add(cuts.clone());
      return;
    }
    for (int c = from; c <= n - (cuts.length - i); c++) {
      cuts[i] = c;
      collect(cuts, i + 1, c + 1, n, all);
    }
  }
}
