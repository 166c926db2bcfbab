package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.ChangeSet;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.SchemaRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Required (NOT NULL) foreign keys that form a cycle - an order needs a customer whose {@code
 * first_order} needs an order - make every insert into the cycle impossible, since no row can go in
 * first. A required one-to-one or one-to-many makes its target need a row of its source.
 *
 * <p>Cycles are found as the strongly connected components of that "needs" graph (Tarjan's
 * algorithm, iterative, so 5,000 entities in one chain do not overflow the stack): O(V + E). Each
 * component is reported once, naming a shortest cycle through its first entity.
 */
public final class RequiredForeignKeyCycleRule implements SchemaRule {
  public static final String ID = "required-foreign-key-cycle";
  // entities named in a message before a long cycle is shortened
  private static final int SHOWN = 8;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Required foreign keys must not form a cycle, which would make inserts impossible.";
  }

  @Override
  public boolean affectedBy(ChangeSet changes, ValidationContext context) {
    if (!changes.relationships().isEmpty() || !changes.removed().isEmpty()) {
      return true;
    }
    // Messages name the entities and tables on a cycle, so renaming one of them re-checks too.
    for (String entityId : changes.entities()) {
      for (Relationship r : context.schema().relationshipsOf(entityId)) {
        if (r.required()) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void check(ValidationContext context, Consumer<Diagnostic> out) {
    Graph g = Graph.of(context.schema());
    int[] component = g.components();
    int[] sizes = new int[g.size()];
    boolean[] cyclic = new boolean[g.size()];
    for (int e = 0; e < g.from.length; e++) {
      // an edge inside a component: two or more entities, or one that needs itself
      if (component[g.from[e]] == component[g.to[e]]) {
        cyclic[component[g.from[e]]] = true;
      }
    }
    for (int c : component) {
      if (c >= 0) {
        sizes[c]++;
      }
    }
    for (int v = 0; v < g.size(); v++) {
      int c = component[v];
      // walking in schema order, v is the first entity of its component
      if (c >= 0 && cyclic[c]) {
        cyclic[c] = false; // report each component once
        out.accept(describe(g, g.shortestCycle(v, component), sizes[c]));
      }
    }
  }

  private Diagnostic describe(Graph g, int[] cycleEdges, int componentSize) {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < cycleEdges.length; i++) {
      if (cycleEdges.length > SHOWN && i >= SHOWN - 1 && i < cycleEdges.length - 1) {
        if (i == SHOWN - 1) {
          names.append("\u2026 \u2192 "); // a long cycle shows its start and its end
        }
        continue;
      }
      names.append(g.entities.get(g.from[cycleEdges[i]]).name()).append(" \u2192 ");
    }
    names.append(g.entities.get(g.to[cycleEdges[cycleEdges.length - 1]]).name());
    if (cycleEdges.length > SHOWN) {
      names.append(" (").append(cycleEdges.length).append(" entities)");
    }
    Relationship closing = g.relationships.get(cycleEdges[cycleEdges.length - 1]);
    Entity holder = g.entities.get(g.from[cycleEdges[cycleEdges.length - 1]]);
    int others = componentSize - cycleEdges.length;
    String message =
        "Required foreign keys form a cycle: "
            + names
            + " (each needs a row of the next), so no row can be inserted first"
            + (others > 0
                ? "; "
                    + others
                    + " more entit"
                    + (others == 1 ? "y is" : "ies are")
                    + " on linked cycles"
                : "")
            + ".";
    return diagnostic(closing.id(), holder.id(), holder.tableName(), message);
  }

  /** Makes the relationship that closes the cycle optional (its foreign key nullable). */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .relationship(d.elementId())
        .filter(Relationship::required)
        .map(
            r ->
                new QuickFix(
                    "Make relationship "
                        + DiagnosticText.relationship(model.schema(), r)
                        + " optional",
                    new ChangeRelationshipCommand(r.withRequired(false))));
  }

  /**
   * The "needs a row of" graph: an edge from the entity holding a required foreign key to the
   * entity it references, per relationship, in compressed adjacency arrays.
   */
  private static final class Graph {
    final List<Entity> entities;
    final List<Relationship> relationships = new ArrayList<>();
    int[] from;
    int[] to;
    int[] firstEdge; // edges of v: order[firstEdge[v] .. firstEdge[v + 1])
    int[] order;

    private Graph(List<Entity> entities) {
      this.entities = entities;
    }

    static Graph of(Schema schema) {
      Graph g = new Graph(schema.entities());
      Map<String, Integer> index = new HashMap<>(g.entities.size() * 2);
      for (int i = 0; i < g.entities.size(); i++) {
        index.put(g.entities.get(i).id(), i);
      }
      List<int[]> edges = new ArrayList<>();
      for (Relationship r : schema.relationships()) {
        Integer holder = index.get(r.targetEntityId());
        Integer referenced = index.get(r.sourceEntityId());
        if (r.required()
            && r.kind() != RelationshipKind.MANY_TO_MANY
            && holder != null
            && referenced != null) {
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
        g.order[next[g.from[e]]++] = e; // keeps schema order within each node
      }
      return g;
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
}
