package io.schemaforge.validation.rules;

import io.schemaforge.command.PutIndexCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Ids;
import io.schemaforge.model.Index;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A foreign-key column should lead an index (or a unique constraint, or the primary key): without
 * one, every join from the referenced table and every delete of a referenced row scans the whole
 * table. PostgreSQL does not index foreign keys on its own. For a key of several columns the first
 * one is checked.
 */
public final class UnindexedForeignKeyRule implements EntityRule {
  public static final String ID = "unindexed-foreign-key";

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
    return "Foreign-key columns should be the first column of an index.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    Set<String> leading = null;
    Set<String> reported = new HashSet<>(2);
    for (Relationship r : context.schema().relationshipsOf(entity.id())) {
      if (!r.targetEntityId().equals(entity.id())
          || r.kind() == RelationshipKind.MANY_TO_MANY
          || r.foreignKeyAttributeIds().isEmpty()) {
        continue;
      }
      Optional<Attribute> fk = entity.attribute(r.foreignKeyAttributeIds().get(0));
      if (fk.isEmpty()) {
        continue; // a dangling key is another rule's error
      }
      if (leading == null) {
        leading = leadingColumns(entity);
      }
      Attribute a = fk.get();
      if (!leading.contains(a.id()) && reported.add(a.id())) {
        String referenced =
            context.schema().entity(r.sourceEntityId()).map(Entity::name).orElse("?");
        out.accept(
            diagnostic(
                a.id(),
                entity.id(),
                DiagnosticText.path(entity, a),
                "Foreign-key column "
                    + DiagnosticText.path(entity, a)
                    + " of "
                    + DiagnosticText.field(entity, a)
                    + " (to "
                    + referenced
                    + ") has no index: joins and deletes of "
                    + referenced
                    + " rows scan the whole table."));
      }
    }
  }

  /** Ids of attributes that come first in an index, a unique constraint or the primary key. */
  private static Set<String> leadingColumns(Entity e) {
    Set<String> ids = new HashSet<>();
    for (Index ix : e.indexes()) {
      if (!ix.attributeIds().isEmpty()) {
        ids.add(ix.attributeIds().get(0));
      }
    }
    for (UniqueConstraint uq : e.uniqueConstraints()) {
      if (!uq.attributeIds().isEmpty()) {
        ids.add(uq.attributeIds().get(0));
      }
    }
    List<Attribute> pk = e.primaryKey();
    if (!pk.isEmpty()) {
      ids.add(pk.get(0).id());
    }
    for (Attribute a : e.attributes()) {
      if (a.unique()) {
        ids.add(a.id());
      }
    }
    return ids;
  }

  /** Adds an index on the column, named by the convention ({@code ix_<table>_<column>}). */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .filter(a -> !leadingColumns(e).contains(a.id()))
                    .map(
                        a ->
                            new QuickFix(
                                "Add an index on " + a.columnName(),
                                new PutIndexCommand(
                                    e.id(),
                                    new Index(Ids.newId("idx"), null, List.of(a.id()), false)))));
  }
}
