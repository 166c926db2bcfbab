package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.RelationshipRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A foreign key must have the type of the key it references (same logical type, and the same
 * length, or precision and scale, where the type has them): databases refuse or silently convert
 * mismatched foreign keys, and JPA maps the association with the key's Java type. The n-th foreign
 * key attribute of a relationship references the n-th primary-key attribute of its source.
 */
public final class ForeignKeyTypeMismatchRule implements RelationshipRule {
  public static final String ID = "foreign-key-type-mismatch";

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
    return "A foreign key's type must match the primary key it references.";
  }

  @Override
  public void check(Relationship r, ValidationContext context, Consumer<Diagnostic> out) {
    if (r.kind() == RelationshipKind.MANY_TO_MANY) {
      return;
    }
    Optional<Entity> source = context.schema().entity(r.sourceEntityId());
    Optional<Entity> target = context.schema().entity(r.targetEntityId());
    if (source.isEmpty() || target.isEmpty()) {
      return; // dangling-relationship reports it
    }
    List<Attribute> key = source.get().primaryKey();
    List<String> fks = r.foreignKeyAttributeIds();
    for (int i = 0; i < Math.min(key.size(), fks.size()); i++) {
      Attribute pk = key.get(i);
      Entity t = target.get();
      t.attribute(fks.get(i))
          .filter(fk -> !sameType(fk, pk))
          .ifPresent(
              fk ->
                  out.accept(
                      diagnostic(
                          fk.id(),
                          t.id(),
                          DiagnosticText.path(t, fk),
                          "Foreign key "
                              + DiagnosticText.field(t, fk)
                              + " is "
                              + fk.typeDisplay()
                              + " but references "
                              + DiagnosticText.field(source.get(), pk)
                              + ", which is "
                              + pk.typeDisplay()
                              + " (relationship "
                              + DiagnosticText.relationship(context.schema(), r)
                              + ").")));
    }
  }

  /** Gives the foreign key the referenced key's type, length, precision and scale. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    Optional<Entity> target = model.schema().entity(d.entityId());
    Optional<Relationship> r = model.schema().relationshipManaging(d.entityId(), d.elementId());
    if (target.isEmpty() || r.isEmpty()) {
      return Optional.empty();
    }
    int i = r.get().foreignKeyAttributeIds().indexOf(d.elementId());
    List<Attribute> key =
        model.schema().entity(r.get().sourceEntityId()).map(Entity::primaryKey).orElse(List.of());
    Optional<Attribute> fk = target.get().attribute(d.elementId());
    if (i < 0 || i >= key.size() || fk.isEmpty()) {
      return Optional.empty();
    }
    Attribute pk = key.get(i);
    Attribute fixed =
        fk.get().toBuilder()
            .type(pk.type())
            .length(pk.length())
            .precision(pk.precision())
            .scale(pk.scale())
            .enumValues(pk.type() == LogicalType.ENUM ? pk.enumValues() : fk.get().enumValues())
            .build();
    return Optional.of(
        new QuickFix(
            "Change " + fk.get().name() + " to " + pk.typeDisplay(),
            new ChangeAttributeCommand(d.entityId(), fixed)));
  }

  static boolean sameType(Attribute fk, Attribute pk) {
    if (fk.type() != pk.type()) {
      return false;
    }
    LogicalType t = pk.type();
    if (t.hasLength() && !Objects.equals(fk.length(), pk.length())) {
      return false;
    }
    return !t.hasPrecision()
        || (Objects.equals(fk.precision(), pk.precision())
            && Objects.equals(fk.scale(), pk.scale()));
  }
}
