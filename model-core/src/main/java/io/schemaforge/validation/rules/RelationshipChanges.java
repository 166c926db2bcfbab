package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeSet;
import io.schemaforge.model.Relationship;
import io.schemaforge.validation.ValidationContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a change means to a schema-wide rule that reads some of the relationships (the cascading
 * ones, the required ones) and the entities at their ends, as the incremental rules ask it.
 */
final class RelationshipChanges {
  private RelationshipChanges() {}

  /**
   * Whether a change can alter such a rule's result: a relationship was added, changed or removed
   * (it may have become or stopped being one the rule reads), anything was removed (removed ids
   * cannot be told apart once gone), or an entity at an end of a relationship {@code read} accepts
   * changed (the rule's messages name those entities).
   */
  static boolean canAffect(
      ChangeSet changes, ValidationContext context, Predicate<Relationship> read) {
    if (!changes.relationships().isEmpty() || !changes.removed().isEmpty()) {
      return true;
    }
    for (String entityId : changes.entities()) {
      for (Relationship r : context.schema().relationshipsOf(entityId)) {
        if (read.test(r)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The ids of relationships added, changed or removed; removed ids may also be entities', which a
   * caller finds in neither its own records nor the schema.
   */
  static Set<String> relationshipIds(ChangeSet changes) {
    Set<String> ids = new LinkedHashSet<>(changes.relationships());
    ids.addAll(changes.removed());
    return ids;
  }
}
