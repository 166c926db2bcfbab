package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.ChangeSet;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.IncrementalSchemaRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Optional;

/**
 * Required (NOT NULL) foreign keys that form a cycle - an order needs a customer whose {@code
 * first_order} needs an order - make every insert into the cycle impossible, since no row can go in
 * first. A required one-to-one or one-to-many makes its target need a row of its source.
 *
 * <p>Cycles are found as the strongly connected components of that "needs" graph (Tarjan's
 * algorithm, iterative, so 5,000 entities in one chain do not overflow the stack): O(V + E). Each
 * component is reported once, naming a shortest cycle through its first entity. After an edit only
 * the components around the changed relationships are found again ({@link
 * RequiredForeignKeyCycleTracker}), so an edit costs what those components cost, not the schema.
 */
public final class RequiredForeignKeyCycleRule implements IncrementalSchemaRule {
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
    // Messages name the entities and tables on a cycle, so renaming one of them re-checks too.
    return RelationshipChanges.canAffect(changes, context, Relationship::required);
  }

  @Override
  public IncrementalSchemaRule.Tracker tracker(ValidationContext context) {
    return new RequiredForeignKeyCycleTracker(this, context);
  }

  /**
   * The diagnostic of one cyclic component: {@code g} holds it, {@code first} is its first entity.
   */
  Diagnostic describe(NeedsGraph g, int first, int[] component, int componentSize) {
    return describe(g, g.shortestCycle(first, component), componentSize);
  }

  private Diagnostic describe(NeedsGraph g, int[] cycleEdges, int componentSize) {
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
}
