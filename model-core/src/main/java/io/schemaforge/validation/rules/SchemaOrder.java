package io.schemaforge.validation.rules;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Puts a few elements of the schema back in the schema's own order. */
final class SchemaOrder {
  // Up to this many, finding each element in the schema's list costs less than indexing it all.
  private static final int FEW = 16;

  private SchemaOrder() {}

  /** Sorts {@code items}, all taken from {@code schemaList}, in the order of {@code schemaList}. */
  static <T> void sort(List<T> items, List<T> schemaList) {
    if (items.size() < 2) {
      return;
    }
    Map<T, Integer> position = new IdentityHashMap<>();
    if (items.size() <= FEW) {
      for (T item : items) {
        position.put(item, indexOf(schemaList, item));
      }
    } else {
      for (int i = 0; i < schemaList.size(); i++) {
        position.put(schemaList.get(i), i);
      }
    }
    items.sort(Comparator.comparingInt(position::get));
  }

  private static <T> int indexOf(List<T> list, T item) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == item) {
        return i;
      }
    }
    throw new IllegalArgumentException("not in the schema: " + item);
  }
}
