package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.ChangeSet;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.IncrementalSchemaRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Optional;

/**
 * ON DELETE CASCADE chains longer than one hop: deleting a User deletes its Posts, which deletes
 * their Comments. One delete then removes rows the user never sees, across tables.
 *
 * <p>A cascading relationship is an edge from its source (the row deleted) to its target (the rows
 * deleted with it); many-to-many relationships are not edges, as a cascade there deletes join rows
 * only. Each cascading relationship whose source is itself the target of a cascade continues a
 * chain and is reported once, on its foreign key; a self-reference that cascades is a chain by
 * itself (it deletes to any depth). One pass over the relationships, no traversal: O(V + E) and
 * untroubled by cycles. After an edit only the relationships around it are looked at again ({@link
 * CascadeChainTracker}).
 */
public final class CascadeChainRule implements IncrementalSchemaRule {
  public static final String ID = "cascade-chain";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "ON DELETE CASCADE should not chain over more than one relationship.";
  }

  @Override
  public IncrementalSchemaRule.Tracker tracker(ValidationContext context) {
    return new CascadeChainTracker(this, context);
  }

  /**
   * The diagnostic of one cascading relationship, or null when it continues no chain. {@code
   * previous} is the first cascading relationship (in schema order) deleting rows of its source.
   */
  Diagnostic diagnose(Schema schema, Relationship r, Relationship previous) {
    if (r.isSelfReferencing()) {
      previous = r;
    }
    Optional<Entity> source = schema.entity(r.sourceEntityId());
    Optional<Entity> target = schema.entity(r.targetEntityId());
    if (previous == null || source.isEmpty() || target.isEmpty()) {
      return null;
    }
    String message;
    if (previous == r) {
      message =
          "ON DELETE CASCADE of "
              + source.get().name()
              + " → "
              + target.get().name()
              + " is recursive: deleting a "
              + source.get().name()
              + " deletes the rows that refer to it, and theirs, to any depth.";
    } else {
      String first = schema.entity(previous.sourceEntityId()).map(Entity::name).orElse("?");
      message =
          "ON DELETE CASCADE chain: deleting a "
              + first
              + " deletes "
              + source.get().name()
              + " rows, which deletes "
              + target.get().name()
              + " rows through "
              + source.get().name()
              + " → "
              + target.get().name()
              + ".";
    }
    return diagnostic(r.id(), target.get().id(), path(target.get(), r), message);
  }

  static boolean cascades(Relationship r) {
    return r.onDelete() == OnDelete.CASCADE && r.kind() != RelationshipKind.MANY_TO_MANY;
  }

  /** Where the ON DELETE clause is written: the target's foreign-key column. */
  private static String path(Entity target, Relationship r) {
    if (!r.foreignKeyAttributeIds().isEmpty()) {
      return target
          .attribute(r.foreignKeyAttributeIds().get(0))
          .map(a -> DiagnosticText.path(target, a))
          .orElse(target.tableName());
    }
    return target.tableName();
  }

  /**
   * Relationships added, changed or removed, or entities at either end of a cascading relationship
   * changed (their names and key columns are in the messages). Removed ids cannot be told apart
   * once gone, so any removal counts.
   */
  @Override
  public boolean affectedBy(ChangeSet changes, ValidationContext context) {
    return RelationshipChanges.canAffect(changes, context, CascadeChainRule::cascades);
  }

  /** Breaks the chain here: this relationship restricts deletes instead of cascading. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .relationship(d.elementId())
        .filter(CascadeChainRule::cascades)
        .map(
            r ->
                new QuickFix(
                    "Change ON DELETE to RESTRICT",
                    new ChangeRelationshipCommand(r.withOnDelete(OnDelete.RESTRICT))));
  }
}
