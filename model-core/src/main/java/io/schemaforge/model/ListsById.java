package io.schemaforge.model;

import java.util.List;
import java.util.function.Function;

/**
 * The ordered lists of elements with ids that the model keeps: finding one, putting one in place.
 */
final class ListsById {
  private ListsById() {}

  /** The position of the element with this id, or -1. */
  static <T> int indexOf(List<T> list, String id, Function<T, String> idOf) {
    for (int i = 0; i < list.size(); i++) {
      if (idOf.apply(list.get(i)).equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Replaces the element with the same id in place, or inserts at {@code position} (clamped to the
   * list).
   */
  static <T> void replaceOrInsert(List<T> list, int position, T element, Function<T, String> idOf) {
    int i = indexOf(list, idOf.apply(element), idOf);
    if (i >= 0) {
      list.set(i, element);
    } else {
      list.add(Math.max(0, Math.min(position, list.size())), element);
    }
  }
}
