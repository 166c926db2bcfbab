package io.schemaforge.validation.rules;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "needs a row of" graph of required foreign keys: an edge from the entity holding a required
 * foreign key to the entity it references, per relationship, in compressed adjacency arrays.
 */
final class NeedsGraph {
  final List<Entity> entities;
  final List<Relationship> relationships = new ArrayList<>();
  int[] from;
  int[] to;
  int[] firstEdge; // edges of v: order[firstEdge[v] .. firstEdge[v + 1])
  int[] order;

  private NeedsGraph(List<Entity> entities) {
    this.entities = entities;
  }

  /**
   * The graph of {@code entities} (in this order) and those of {@code relationships} that are edges
   * between two of them; edges keep the order given, within each entity.
   */
  static NeedsGraph of(List<Entity> entities, Iterable<Relationship> relationships) {
    NeedsGraph g = new NeedsGraph(entities);
    Map<String, Integer> index = new HashMap<>(g.entities.size() * 2);
    for (int i = 0; i < g.entities.size(); i++) {
      index.put(g.entities.get(i).id(), i);
    }
    List<int[]> edges = new ArrayList<>();
    for (Relationship r : relationships) {
      Integer holder = index.get(r.targetEntityId());
      Integer referenced = index.get(r.sourceEntityId());
      if (isEdge(r) && holder != null && referenced != null) {
        edges.add(new int[] {holder, referenced});
        g.relationships.add(r);
      }
    }
    int n = g.entities.size();
    g.from = new int[edges.size()];
    g.to = new int[edges.size()];
    g.firstEdge = new int[n + 1];
    for (int e = 0; e < edges.size(); e++) {
      g.from[e] = edges.get(e)[0];
      g.to[e] = edges.get(e)[1];
      g.firstEdge[g.from[e] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      g.firstEdge[v + 1] += g.firstEdge[v];
    }
    g.order = new int[edges.size()];
    int[] next = Arrays.copyOf(g.firstEdge, n);
    for (int e = 0; e < edges.size(); e++) {
      g.order[next[g.from[e]]++] = e; // keeps the given order within each node
    }
    return g;
  }

  /** Whether a relationship makes its target (the holder of the key) need a row of its source. */
  static boolean isEdge(Relationship r) {
    return r.required() && r.kind() != RelationshipKind.MANY_TO_MANY;
  }

  int size() {
    return entities.size();
  }

  /** Tarjan's strongly connected components, iteratively; -1 for nodes without edges. */
  int[] components() {
    int n = size();
    int[] component = new int[n];
    Arrays.fill(component, -1);
    int[] index = new int[n];
    Arrays.fill(index, -1);
    int[] low = new int[n];
    int[] cursor = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int[] calls = new int[n];
    int sp = 0;
    int counter = 0;
    int components = 0;
    for (int s = 0; s < n; s++) {
      if (index[s] >= 0 || firstEdge[s] == firstEdge[s + 1]) {
        continue;
      }
      int cp = 0;
      calls[cp++] = s;
      index[s] = low[s] = counter++;
      cursor[s] = firstEdge[s];
      stack[sp++] = s;
      onStack[s] = true;
      while (cp > 0) {
        int v = calls[cp - 1];
        if (cursor[v] < firstEdge[v + 1]) {
          int w = to[order[cursor[v]++]];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            cursor[w] = firstEdge[w];
            stack[sp++] = w;
            onStack[w] = true;
            calls[cp++] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        cp--;
        if (cp > 0) {
          int u = calls[cp - 1];
          low[u] = Math.min(low[u], low[v]);
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack[--sp];
            onStack[w] = false;
            component[w] = components;
          } while (w != v);
          components++;
        }
      }
    }
    return component;
  }

  /** The edges of a shortest cycle through {@code start} inside its component (breadth first). */
  int[] shortestCycle(int start, int[] component) {
    int c = component[start];
    Map<Integer, Integer> parentEdge = new HashMap<>();
    int[] queue = new int[size()];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      int v = queue[head++];
      for (int i = firstEdge[v]; i < firstEdge[v + 1]; i++) {
        int e = order[i];
        int w = to[e];
        if (component[w] != c) {
          continue;
        }
        if (w == start) {
          List<Integer> path = new ArrayList<>();
          path.add(e);
          for (int x = v; x != start; x = from[parentEdge.get(x)]) {
            path.add(parentEdge.get(x));
          }
          int[] cycle = new int[path.size()];
          for (int k = 0; k < cycle.length; k++) {
            cycle[k] = path.get(cycle.length - 1 - k);
          }
          return cycle;
        }
        if (!parentEdge.containsKey(w)) {
          parentEdge.put(w, e);
          queue[tail++] = w;
        }
      }
    }
    throw new IllegalStateException("component " + c + " has no cycle through " + start);
  }
}
