package io.schemaforge.projectfile;

import java.util.HashSet;
import java.util.Set;

/**
 * The element ids the streaming reader has read. As in the tree reader, an id must not be blank and
 * no two elements of a file may share one, whatever their kind; the tree reader names the culprit.
 */
final class UniqueIds {
  private final Set<String> ids;

  /**
   * @param capacity the set's initial capacity: enough for the file, so it never rehashes
   */
  UniqueIds(int capacity) {
    this.ids = new HashSet<>(Math.max(16, capacity));
  }

  /** The id, once it is known to be fresh. */
  String claim(String id) throws StreamingGaveUp {
    if (id.isBlank() || !ids.add(id)) {
      throw new StreamingGaveUp("a blank or repeated id");
    }
    return id;
  }
}
