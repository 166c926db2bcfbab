package io.schemaforge.app.ui.canvas;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The cards of a geometry by entity id, in drawing order. A geometry after a move copies only the
 * rectangles (one array) and shares the ids and their index with the one before: a drag makes a new
 * geometry on every step, and copying a map of 5,000 cards each time was most of a drag frame's
 * work on the FX thread. The ids are copied before a copy adds one, so a table never changes
 * another's.
 */
final class CardTable {
  private List<String> ids;
  private Map<String, Integer> index;
  private boolean sharesIds;
  private Rectangle2DArray rects;

  CardTable() {
    ids = new ArrayList<>();
    index = new HashMap<>();
    rects = new Rectangle2DArray(16);
  }

  /** A copy whose rectangles can change without changing the original's. */
  CardTable(CardTable original) {
    ids = original.ids;
    index = original.index;
    sharesIds = true;
    original.sharesIds = true;
    rects = original.rects.copy(original.ids.size());
  }

  javafx.geometry.Rectangle2D get(String id) {
    Integer i = index.get(id);
    return i == null ? null : rects.get(i);
  }

  boolean containsKey(String id) {
    return index.containsKey(id);
  }

  /** Places a card; a new id goes last (drawn on top). */
  void put(String id, javafx.geometry.Rectangle2D card) {
    Integer i = index.get(id);
    if (i != null) {
      rects.set(i, card);
      return;
    }
    if (sharesIds) {
      ids = new ArrayList<>(ids);
      index = new HashMap<>(index);
      sharesIds = false;
    }
    index.put(id, ids.size());
    ids.add(id);
    rects.set(ids.size() - 1, card);
  }

  int size() {
    return ids.size();
  }

  String idAt(int i) {
    return ids.get(i);
  }

  javafx.geometry.Rectangle2D rectAt(int i) {
    return rects.get(i);
  }

  void forEach(BiConsumer<String, javafx.geometry.Rectangle2D> action) {
    for (int i = 0; i < ids.size(); i++) {
      action.accept(ids.get(i), rects.get(i));
    }
  }

  /** The rectangles in drawing order (a view, not a copy). */
  List<javafx.geometry.Rectangle2D> values() {
    return new AbstractList<>() {
      @Override
      public javafx.geometry.Rectangle2D get(int i) {
        return rects.get(i);
      }

      @Override
      public int size() {
        return ids.size();
      }
    };
  }

  /** A growable array of rectangles. */
  private static final class Rectangle2DArray {
    private javafx.geometry.Rectangle2D[] items;

    Rectangle2DArray(int capacity) {
      items = new javafx.geometry.Rectangle2D[capacity];
    }

    private Rectangle2DArray(javafx.geometry.Rectangle2D[] items) {
      this.items = items;
    }

    javafx.geometry.Rectangle2D get(int i) {
      return items[i];
    }

    void set(int i, javafx.geometry.Rectangle2D r) {
      if (i >= items.length) {
        items = Arrays.copyOf(items, Math.max(16, 2 * items.length));
      }
      items[i] = r;
    }

    Rectangle2DArray copy(int size) {
      return new Rectangle2DArray(Arrays.copyOf(items, Math.max(16, size)));
    }
  }
}
