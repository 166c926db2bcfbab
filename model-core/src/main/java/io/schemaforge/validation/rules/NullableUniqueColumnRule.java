package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.Schema;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.naming.ConstraintNames;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A nullable column inside a unique constraint. SQL treats NULLs as distinct, so rows with a NULL
 * in one of the constrained columns never conflict: a unique constraint over (parent_id, name) lets
 * two roots have the same name. A unique nullable column likewise allows several NULLs. The foreign
 * key of an optional one-to-one relationship is unique and nullable by design and is not reported
 * on its own; inside a constraint of several columns it is.
 */
public final class NullableUniqueColumnRule implements EntityRule {
  public static final String ID = "nullable-unique-column";

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
    return "Columns of a unique constraint should be NOT NULL: NULLs are never duplicates.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    Map<String, UniqueConstraint> firstConstraint = new HashMap<>();
    for (UniqueConstraint uq : entity.uniqueConstraints()) {
      if (uq.attributeIds().size() > 1) {
        for (String id : uq.attributeIds()) {
          firstConstraint.putIfAbsent(id, uq);
        }
      }
    }
    for (Attribute a : entity.attributes()) {
      if (!a.nullable() || a.primaryKey()) {
        continue;
      }
      UniqueConstraint uq = firstConstraint.get(a.id());
      if (uq != null) {
        String columns = String.join(", ", ConstraintNames.columns(entity, uq.attributeIds()));
        String name =
            uq.name() != null
                ? uq.name()
                : context
                    .constraintNames()
                    .unique(entity, ConstraintNames.columns(entity, uq.attributeIds()));
        out.accept(
            columnDiagnostic(
                entity,
                a,
                " is nullable but part of unique constraint "
                    + name
                    + " ("
                    + columns
                    + "): rows with NULL in it never count as duplicates, so the constraint does"
                    + " not hold for them."));
      } else if (a.unique() && managingRelationship(context.schema(), entity, a).isEmpty()) {
        out.accept(
            columnDiagnostic(
                entity,
                a,
                " is unique but nullable: several rows may hold NULL, so it does not"
                    + " identify a row."));
      }
    }
  }

  /** A diagnostic on a column: {@code Column posts.slug of Post.slug} followed by {@code rest}. */
  private Diagnostic columnDiagnostic(Entity entity, Attribute a, String rest) {
    String where = DiagnosticText.path(entity, a);
    return diagnostic(
        a.id(),
        entity.id(),
        where,
        "Column " + where + " of " + DiagnosticText.field(entity, a) + rest);
  }

  private static Optional<Relationship> managingRelationship(
      Schema schema, Entity entity, Attribute a) {
    return schema.relationshipManaging(entity.id(), a.id());
  }

  /**
   * Makes the column NOT NULL; for a foreign key, makes its relationship required instead, which
   * keeps the key and the relationship in step.
   */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    Optional<Entity> found = model.schema().entity(d.entityId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Entity e = found.get();
    return e.attribute(d.elementId())
        .filter(Attribute::nullable)
        .map(
            a ->
                managingRelationship(model.schema(), e, a)
                    .map(
                        r ->
                            new QuickFix(
                                "Make the relationship required (" + a.columnName() + " NOT NULL)",
                                new ChangeRelationshipCommand(r.withRequired(true))))
                    .orElseGet(
                        () ->
                            new QuickFix(
                                "Make " + a.columnName() + " NOT NULL",
                                new ChangeAttributeCommand(
                                    e.id(), a.toBuilder().nullable(false).build()))));
  }
}
