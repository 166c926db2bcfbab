package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeSet;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.IncrementalSchemaRule;
import io.schemaforge.validation.ValidationContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cycles of required foreign keys, kept between edits. A change of the "needs" graph can only
 * alter the strongly connected components that contain an end of a changed edge, before or after
 * the change (a component grows only through a new edge, splits only where an edge went), so an
 * update finds again the components of those ends and of the components they were on, and leaves
 * every other one as it was. Each component is found as what its entity reaches and is reached from
 * (two walks along the entity's relationships), so an edit away from any cycle costs a walk over
 * the few entities its foreign keys lead to, whatever the size of the schema.
 *
 * <p>Diagnostics are kept under the id of the component's first entity in schema order, the one the
 * message's cycle starts from, exactly as a full check names it.
 */
final class RequiredForeignKeyCycleTracker implements IncrementalSchemaRule.Tracker {
  private final RequiredForeignKeyCycleRule rule;
  private final ValidationContext context;
  // relationship id -> {holder, referenced}: every edge of the graph, as last seen
  private final Map<String, String[]> edges = new HashMap<>();
  // entity id -> key of the cyclic component it is on; key -> the component's entity ids
  private final Map<String, String> componentOf = new HashMap<>();
  private final Map<String, List<String>> members = new HashMap<>();

  RequiredForeignKeyCycleTracker(RequiredForeignKeyCycleRule rule, ValidationContext context) {
    this.rule = rule;
    this.context = context;
  }

  @Override
  public void checkAll(IncrementalSchemaRule.Results out) {
    edges.clear();
    componentOf.clear();
    members.clear();
    Schema schema = context.schema();
    for (Relationship r : schema.relationships()) {
      putEdge(schema, r);
    }
    NeedsGraph g = NeedsGraph.of(schema.entities(), schema.relationships());
    int[] component = g.components();
    int[] sizes = new int[g.size()];
    boolean[] cyclic = new boolean[g.size()];
    for (int e = 0; e < g.from.length; e++) {
      // an edge inside a component: two or more entities, or one that needs itself
      if (component[g.from[e]] == component[g.to[e]]) {
        cyclic[component[g.from[e]]] = true;
      }
    }
    Map<Integer, List<String>> ids = new HashMap<>();
    for (int v = 0; v < g.size(); v++) {
      int c = component[v];
      if (c >= 0) {
        sizes[c]++;
        if (cyclic[c]) {
          ids.computeIfAbsent(c, k -> new ArrayList<>()).add(g.entities.get(v).id());
        }
      }
    }
    for (int v = 0; v < g.size(); v++) {
      int c = component[v];
      // walking in schema order, v is the first entity of its component
      if (c >= 0 && cyclic[c]) {
        cyclic[c] = false; // report each component once
        String key = g.entities.get(v).id();
        remember(key, ids.get(c));
        out.put(key, List.of(rule.describe(g, v, component, sizes[c])));
      }
    }
  }

  @Override
  public void update(ChangeSet changes, IncrementalSchemaRule.Results out) {
    Schema schema = context.schema();
    Deque<String> seeds = new ArrayDeque<>();
    for (String id : RelationshipChanges.relationshipIds(changes)) {
      String[] old = edges.remove(id);
      if (old != null) {
        seeds.add(old[0]);
        seeds.add(old[1]);
      }
      schema
          .relationship(id)
          .ifPresent(
              r -> {
                if (putEdge(schema, r)) {
                  seeds.add(r.targetEntityId());
                  seeds.add(r.sourceEntityId());
                }
              });
    }
    // An entity's own change (a rename) alters only the message of the cycle it is on.
    for (String id : changes.entities()) {
      if (componentOf.containsKey(id)) {
        seeds.add(id);
      }
    }
    for (String id : changes.removed()) {
      if (componentOf.containsKey(id)) {
        seeds.add(id);
      }
    }
    Set<String> done = new HashSet<>();
    while (!seeds.isEmpty()) {
      String seed = seeds.poll();
      if (done.contains(seed)) {
        continue;
      }
      forget(seed, seeds, out);
      if (schema.entity(seed).isEmpty()) {
        done.add(seed);
        continue;
      }
      Set<String> component = strongComponent(schema, seed);
      for (String id : component) {
        // components merged into this one are gone; their other entities are found again
        forget(id, seeds, out);
      }
      done.addAll(component);
      if (component.size() > 1 || needsItself(schema, seed)) {
        describe(schema, component, out);
      }
    }
  }

  /** Records a relationship as an edge when it is one; whether it is. */
  private boolean putEdge(Schema schema, Relationship r) {
    if (!NeedsGraph.isEdge(r)
        || schema.entity(r.targetEntityId()).isEmpty()
        || schema.entity(r.sourceEntityId()).isEmpty()) {
      return false;
    }
    edges.put(r.id(), new String[] {r.targetEntityId(), r.sourceEntityId()});
    return true;
  }

  private void remember(String key, List<String> ids) {
    members.put(key, ids);
    for (String id : ids) {
      componentOf.put(id, key);
    }
  }

  /** Drops the cycle an entity was on, if any; its other entities must be found again. */
  private void forget(String entityId, Deque<String> seeds, IncrementalSchemaRule.Results out) {
    String key = componentOf.get(entityId);
    if (key == null) {
      return;
    }
    for (String id : members.remove(key)) {
      componentOf.remove(id);
      seeds.add(id);
    }
    out.put(key, List.of());
  }

  /** The entities that both reach {@code start} and are reached from it along "needs" edges. */
  private static Set<String> strongComponent(Schema schema, String start) {
    Set<String> reached = walk(schema, start, true, null);
    return walk(schema, start, false, reached);
  }

  /**
   * The entities reachable from {@code start} forwards (what it needs, transitively) or backwards
   * (what needs it), staying inside {@code within} when given.
   */
  private static Set<String> walk(
      Schema schema, String start, boolean forwards, Set<String> within) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    seen.add(start);
    queue.add(start);
    while (!queue.isEmpty()) {
      String v = queue.poll();
      for (Relationship r : schema.relationshipsOf(v)) {
        if (!NeedsGraph.isEdge(r)) {
          continue;
        }
        // an edge goes from the holder of the key (target) to the referenced entity (source)
        String from = r.targetEntityId();
        String to = r.sourceEntityId();
        String next = forwards ? (from.equals(v) ? to : null) : (to.equals(v) ? from : null);
        if (next != null && (within == null || within.contains(next)) && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return seen;
  }

  private static boolean needsItself(Schema schema, String entityId) {
    for (Relationship r : schema.relationshipsOf(entityId)) {
      if (NeedsGraph.isEdge(r) && r.isSelfReferencing()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Describes one cyclic component as a full check does: in schema order, from its first entity.
   */
  private void describe(Schema schema, Set<String> component, IncrementalSchemaRule.Results out) {
    List<Entity> entities = new ArrayList<>(component.size());
    Set<Relationship> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String id : component) {
      entities.add(schema.requireEntity(id));
      for (Relationship r : schema.relationshipsOf(id)) {
        if (NeedsGraph.isEdge(r)
            && component.contains(r.sourceEntityId())
            && component.contains(r.targetEntityId())) {
          inside.add(r);
        }
      }
    }
    List<Relationship> edgesInside = new ArrayList<>(inside);
    SchemaOrder.sort(entities, schema.entities());
    SchemaOrder.sort(edgesInside, schema.relationships());
    NeedsGraph g = NeedsGraph.of(entities, edgesInside);
    int[] components = g.components();
    String key = entities.get(0).id();
    remember(key, entities.stream().map(Entity::id).toList());
    out.put(key, List.of(rule.describe(g, 0, components, entities.size())));
  }
}
