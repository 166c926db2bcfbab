package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeSet;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.IncrementalSchemaRule;
import io.schemaforge.validation.ValidationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cascade chains, kept between edits under the id of the relationship that continues a chain. What
 * one such diagnostic reads: the relationship, its two entities, and the first cascading
 * relationship into its source (and that one's source entity's name). So a changed relationship
 * re-checks itself and the cascades leaving its target (before and after the change), and a changed
 * entity the cascades touching it and those continuing a cascade it starts: a few relationships
 * around the edit, never the whole schema.
 */
final class CascadeChainTracker implements IncrementalSchemaRule.Tracker {
  private final CascadeChainRule rule;
  private final ValidationContext context;
  // relationship id -> target entity id of every cascading relationship, as last seen
  private final Map<String, String> cascadeTargets = new HashMap<>();

  CascadeChainTracker(CascadeChainRule rule, ValidationContext context) {
    this.rule = rule;
    this.context = context;
  }

  @Override
  public void checkAll(IncrementalSchemaRule.Results out) {
    cascadeTargets.clear();
    Schema schema = context.schema();
    // entity id -> the first cascading relationship (in schema order) deleting its rows
    Map<String, Relationship> cascadeInto = new HashMap<>();
    for (Relationship r : schema.relationships()) {
      if (CascadeChainRule.cascades(r)) {
        cascadeInto.putIfAbsent(r.targetEntityId(), r);
        cascadeTargets.put(r.id(), r.targetEntityId());
      }
    }
    for (Relationship r : schema.relationships()) {
      if (CascadeChainRule.cascades(r)) {
        put(out, r.id(), rule.diagnose(schema, r, cascadeInto.get(r.sourceEntityId())));
      }
    }
  }

  @Override
  public void update(ChangeSet changes, IncrementalSchemaRule.Results out) {
    Schema schema = context.schema();
    Set<String> recheck = new LinkedHashSet<>();
    for (String id : RelationshipChanges.relationshipIds(changes)) {
      String oldTarget = cascadeTargets.remove(id);
      if (oldTarget != null) {
        recheck.add(id);
        cascadesLeaving(schema, oldTarget, recheck);
      }
      schema
          .relationship(id)
          .filter(CascadeChainRule::cascades)
          .ifPresent(
              r -> {
                cascadeTargets.put(id, r.targetEntityId());
                recheck.add(id);
                cascadesLeaving(schema, r.targetEntityId(), recheck);
              });
    }
    // Messages name both entities, the target's key column, and the entity a chain starts from.
    for (String entityId : changes.entities()) {
      for (Relationship r : schema.relationshipsOf(entityId)) {
        if (CascadeChainRule.cascades(r)) {
          recheck.add(r.id());
          if (r.sourceEntityId().equals(entityId)) {
            cascadesLeaving(schema, r.targetEntityId(), recheck);
          }
        }
      }
    }
    for (String id : recheck) {
      Relationship r = schema.relationship(id).orElse(null);
      if (r == null || !CascadeChainRule.cascades(r)) {
        out.put(id, List.of());
      } else {
        put(out, id, rule.diagnose(schema, r, firstCascadeInto(schema, r.sourceEntityId())));
      }
    }
  }

  private static void put(IncrementalSchemaRule.Results out, String key, Diagnostic d) {
    out.put(key, d == null ? List.of() : List.of(d));
  }

  /**
   * Cascading relationships whose source is {@code entityId}: a cascade into it continues there.
   */
  private static void cascadesLeaving(Schema schema, String entityId, Set<String> into) {
    for (Relationship r : schema.relationshipsOf(entityId)) {
      if (CascadeChainRule.cascades(r) && r.sourceEntityId().equals(entityId)) {
        into.add(r.id());
      }
    }
  }

  /** The first cascading relationship (in schema order) deleting rows of an entity, or null. */
  private static Relationship firstCascadeInto(Schema schema, String entityId) {
    List<Relationship> into = new ArrayList<>(2);
    for (Relationship r : schema.relationshipsOf(entityId)) {
      if (CascadeChainRule.cascades(r) && r.targetEntityId().equals(entityId)) {
        into.add(r);
      }
    }
    SchemaOrder.sort(into, schema.relationships());
    return into.isEmpty() ? null : into.get(0);
  }
}
