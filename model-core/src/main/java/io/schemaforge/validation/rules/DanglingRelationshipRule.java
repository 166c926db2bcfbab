package io.schemaforge.validation.rules;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.RelationshipRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A relationship that cannot become a foreign key: an end that is gone, a one-to-one or one-to-many
 * without foreign-key attributes or with ids that no longer name attributes of the target, foreign
 * keys that do not match the referenced key column for column, or a referenced entity (either end
 * of a many-to-many) without a primary key.
 */
public final class DanglingRelationshipRule implements RelationshipRule {
  public static final String ID = "dangling-relationship";

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
    return "A relationship must connect existing entities through a key that exists.";
  }

  @Override
  public void check(Relationship r, ValidationContext context, Consumer<Diagnostic> out) {
    Optional<Entity> source = context.schema().entity(r.sourceEntityId());
    Optional<Entity> target = context.schema().entity(r.targetEntityId());
    String label = "Relationship " + DiagnosticText.relationship(context.schema(), r);
    if (source.isEmpty() || target.isEmpty()) {
      String present = source.isPresent() ? r.sourceEntityId() : r.targetEntityId();
      out.accept(
          diagnostic(
              r.id(),
              source.isPresent() || target.isPresent() ? present : null,
              DiagnosticText.tableOf(context.schema(), present),
              label + " points to an entity that does not exist."));
      return;
    }
    Entity s = source.get();
    Entity t = target.get();
    if (s.primaryKey().isEmpty()) {
      out.accept(
          diagnostic(
              r.id(),
              s.id(),
              s.tableName(),
              label + " references " + s.name() + ", which has no primary key."));
    }
    if (r.kind() == RelationshipKind.MANY_TO_MANY) {
      if (t.primaryKey().isEmpty() && !r.isSelfReferencing()) {
        out.accept(
            diagnostic(
                r.id(),
                t.id(),
                t.tableName(),
                label + " references " + t.name() + ", which has no primary key."));
      }
      return;
    }
    if (r.foreignKeyAttributeIds().isEmpty()) {
      out.accept(
          diagnostic(
              r.id(), t.id(), t.tableName(), label + " has no foreign key in " + t.name() + "."));
      return;
    }
    boolean missing = false;
    for (String fkId : r.foreignKeyAttributeIds()) {
      if (t.attribute(fkId).isEmpty()) {
        missing = true;
        out.accept(
            diagnostic(
                r.id(),
                t.id(),
                t.tableName(),
                label
                    + " manages foreign-key attribute "
                    + fkId
                    + ", which no longer exists in "
                    + t.name()
                    + "."));
      }
    }
    int keys = s.primaryKey().size();
    int fks = r.foreignKeyAttributeIds().size();
    if (!missing && keys > 0 && keys != fks) {
      out.accept(
          diagnostic(
              r.id(),
              t.id(),
              t.tableName(),
              label
                  + " has "
                  + fks
                  + " foreign-key column"
                  + (fks == 1 ? "" : "s")
                  + " but the primary key of "
                  + s.name()
                  + " has "
                  + keys
                  + "."));
    }
  }
}
