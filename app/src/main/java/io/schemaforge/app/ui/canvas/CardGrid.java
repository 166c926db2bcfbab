package io.schemaforge.app.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Rectangle2D;

/**
 * A uniform grid of entity ids by the cells their cards cover, so the router finds the cards near a
 * line without testing every card of the model. Mutable: a geometry after a move takes its
 * predecessor's grid over and moves only the cards that moved.
 */
final class CardGrid {
  /** About one card and its gaps: a query for one route touches a handful of cells. */
  static final double CELL = 400;

  private final Map<Long, List<String>> cells = new HashMap<>();

  CardGrid(CardTable cards) {
    cards.forEach(this::add);
  }

  void add(String id, Rectangle2D card) {
    forEachCell(card, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(id));
  }

  void remove(String id, Rectangle2D card) {
    forEachCell(
        card,
        key -> {
          List<String> ids = cells.get(key);
          if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
              cells.remove(key);
            }
          }
        });
  }

  /** Ids of the cards filed in the cells an area covers: a superset of those intersecting it. */
  Set<String> candidates(Rectangle2D area) {
    Set<String> result = new LinkedHashSet<>();
    forEachCell(
        area,
        key -> {
          List<String> ids = cells.get(key);
          if (ids != null) {
            result.addAll(ids);
          }
        });
    return result;
  }

  interface CellVisitor {
    void visit(long key);
  }

  /** Visits the key of every cell a rectangle covers. */
  static void forEachCell(Rectangle2D r, CellVisitor visitor) {
    int x0 = (int) Math.floor(r.getMinX() / CELL);
    int x1 = (int) Math.floor(r.getMaxX() / CELL);
    int y0 = (int) Math.floor(r.getMinY() / CELL);
    int y1 = (int) Math.floor(r.getMaxY() / CELL);
    for (int x = x0; x <= x1; x++) {
      for (int y = y0; y <= y1; y++) {
        visitor.visit(key(x, y));
      }
    }
  }

  /** How many cells a rectangle covers. */
  static long cellCount(Rectangle2D r) {
    long w = (long) Math.floor(r.getMaxX() / CELL) - (long) Math.floor(r.getMinX() / CELL) + 1;
    long h = (long) Math.floor(r.getMaxY() / CELL) - (long) Math.floor(r.getMinY() / CELL) + 1;
    return w * h;
  }

  private static long key(int x, int y) {
    return ((long) x << 32) ^ (y & 0xffffffffL);
  }
}
