package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders the tables a migration creates so that a table comes after the new tables its foreign keys
 * refer to, keeping the model's order wherever the references allow it. Tables in a cycle of
 * references keep their model order among themselves; the key that closes the cycle is then added
 * by {@code ALTER TABLE} once both exist.
 */
final class ParentsFirst {
  private ParentsFirst() {}

  static List<DbTable> order(List<DbTable> created) {
    Map<String, DbTable> byId = new HashMap<>();
    created.forEach(t -> byId.put(t.id(), t));
    Set<String> entered = new HashSet<>();
    List<DbTable> out = new ArrayList<>(created.size());
    for (DbTable root : created) {
      if (entered.add(root.id())) {
        emitAfterParents(root, byId, entered, out);
      }
    }
    return out;
  }

  /**
   * Depth first without recursion: a chain of thousands of tables must not exhaust the stack. A
   * table is emitted once every parent it can reach without going round a cycle has been.
   */
  private static void emitAfterParents(
      DbTable root, Map<String, DbTable> byId, Set<String> entered, List<DbTable> out) {
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root));
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      DbTable parent = top.nextUnvisitedParent(byId, entered);
      if (parent == null) {
        out.add(stack.pop().table);
      } else {
        entered.add(parent.id());
        stack.push(new Frame(parent));
      }
    }
  }

  private static final class Frame {
    private final DbTable table;
    private int next;

    Frame(DbTable table) {
      this.table = table;
    }

    DbTable nextUnvisitedParent(Map<String, DbTable> byId, Set<String> entered) {
      List<DbForeignKey> keys = table.foreignKeys();
      while (next < keys.size()) {
        DbTable parent = byId.get(keys.get(next++).referencedTableId());
        if (parent != null && !entered.contains(parent.id())) {
          return parent;
        }
      }
      return null;
    }
  }
}
