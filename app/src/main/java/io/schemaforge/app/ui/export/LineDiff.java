package io.schemaforge.app.ui.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for the export preview: the longest common subsequence of the two texts' lines, so
 * the user sees which lines a regeneration adds and removes. Quadratic in memory, so above {@link
 * #MAX_CELLS} the texts are shown as all removed then all added rather than stalling the dialog.
 */
public final class LineDiff {
  static final long MAX_CELLS = 4_000_000;

  /** One line of the diff view. */
  public record Line(Kind kind, String text) {}

  /** Whether a line is in both texts, only in the old one, or only in the new one. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  private LineDiff() {}

  /** The diff from {@code before} to {@code after}; a null text counts as empty. */
  public static List<Line> of(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    List<Line> out = new ArrayList<>();
    if ((long) a.length * b.length > MAX_CELLS) {
      for (String s : a) {
        out.add(new Line(Kind.REMOVED, s));
      }
      for (String s : b) {
        out.add(new Line(Kind.ADDED, s));
      }
      return out;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        out.add(new Line(Kind.SAME, a[i]));
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        out.add(new Line(Kind.REMOVED, a[i++]));
      } else {
        out.add(new Line(Kind.ADDED, b[j++]));
      }
    }
    while (i < a.length) {
      out.add(new Line(Kind.REMOVED, a[i++]));
    }
    while (j < b.length) {
      out.add(new Line(Kind.ADDED, b[j++]));
    }
    return out;
  }

  /** How many lines were added and removed, as the preview's header says it. */
  public static String counts(List<Line> diff) {
    long added = diff.stream().filter(l -> l.kind() == Kind.ADDED).count();
    long removed = diff.stream().filter(l -> l.kind() == Kind.REMOVED).count();
    return "+" + added + " −" + removed;
  }

  private static String[] lines(String text) {
    if (text == null || text.isEmpty()) {
      return new String[0];
    }
    return text.replace("\r\n", "\n").split("\n", -1);
  }
}
