package io.schemaforge.codegen.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells renamed enum values from added and removed ones. Values carry no ids, so a rename is
 * recognised by position: when a value disappears and a new one appears at the same place, the rows
 * holding the old value are moved to the new one.
 */
final class EnumValueChanges {
  private EnumValueChanges() {}

  /** Pairs {@code {old, new}} of values renamed in place. */
  static List<String[]> renames(List<String> before, List<String> after) {
    List<String[]> renames = new ArrayList<>();
    int n = Math.min(before.size(), after.size());
    for (int i = 0; i < n; i++) {
      String b = before.get(i);
      String a = after.get(i);
      if (!b.equals(a) && !after.contains(b) && !before.contains(a)) {
        renames.add(new String[] {b, a});
      }
    }
    return renames;
  }

  /** Values of {@code before} that are neither kept nor renamed. */
  static List<String> removed(List<String> before, List<String> after) {
    List<String> renamedFrom = renames(before, after).stream().map(r -> r[0]).toList();
    return before.stream().filter(v -> !after.contains(v) && !renamedFrom.contains(v)).toList();
  }
}
