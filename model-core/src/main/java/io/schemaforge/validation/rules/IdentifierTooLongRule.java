package io.schemaforge.validation.rules;

import io.schemaforge.command.PutIndexCommand;
import io.schemaforge.command.PutUniqueConstraintCommand;
import io.schemaforge.dialect.DialectFacts;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Index;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.naming.ConstraintNames;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.RelationshipRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An identifier longer than the dialect allows (PostgreSQL 63 bytes, MySQL and MariaDB 64): tables,
 * columns, explicit index and constraint names, join tables and their columns, and - as a safety
 * net - every name {@link ConstraintNames#all} generates (those are normally shortened already).
 * PostgreSQL would silently truncate, so two long names could even become one.
 */
public final class IdentifierTooLongRule implements EntityRule, RelationshipRule {
  public static final String ID = "identifier-too-long";

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
    return "Table, column, index, constraint and join-table names must fit the dialect's"
        + " identifier limit.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    for (NamedElement n : NamedElement.tableColumnsAndConstraints(entity, context)) {
      if (tooLong(n.name(), context)) {
        out.accept(n.diagnostic(this, limit(n.name(), context)));
      }
    }
  }

  @Override
  public void check(Relationship r, ValidationContext context, Consumer<Diagnostic> out) {
    JoinTable jt = r.joinTable();
    if (r.kind() != RelationshipKind.MANY_TO_MANY || jt == null) {
      return;
    }
    String what = "of relationship " + DiagnosticText.relationship(context.schema(), r);
    if (tooLong(jt.tableName(), context)) {
      out.accept(
          diagnostic(
              r.id(),
              r.sourceEntityId(),
              jt.tableName(),
              "Join table name '" + jt.tableName() + "' " + what + limit(jt.tableName(), context)));
    }
    for (String column : new String[] {jt.sourceColumn(), jt.targetColumn()}) {
      if (tooLong(column, context)) {
        out.accept(
            diagnostic(
                r.id(),
                r.sourceEntityId(),
                jt.tableName() + "." + column,
                "Join column name '" + column + "' " + what + limit(column, context)));
      }
    }
  }

  /** For an explicit index or unique-constraint name: use the convention's (shortened) name. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    Optional<Entity> entity = model.schema().entity(d.entityId());
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    Entity e = entity.get();
    ConstraintNames names = new ConstraintNames(DialectFacts.of(model.schema().dialect()));
    for (Index ix : e.indexes()) {
      if (ix.id().equals(d.elementId()) && ix.name() != null) {
        String generated = names.index(e, ConstraintNames.columns(e, ix.attributeIds()));
        return Optional.of(
            new QuickFix(
                "Use the generated name " + generated,
                new PutIndexCommand(
                    e.id(), new Index(ix.id(), null, ix.attributeIds(), ix.unique()))));
      }
    }
    for (UniqueConstraint uq : e.uniqueConstraints()) {
      if (uq.id().equals(d.elementId()) && uq.name() != null) {
        String generated = names.unique(e, ConstraintNames.columns(e, uq.attributeIds()));
        return Optional.of(
            new QuickFix(
                "Use the generated name " + generated,
                new PutUniqueConstraintCommand(
                    e.id(), new UniqueConstraint(uq.id(), null, uq.attributeIds()))));
      }
    }
    return Optional.empty();
  }

  private static boolean tooLong(String name, ValidationContext context) {
    return name != null && context.dialect().isTooLong(name);
  }

  private static String limit(String name, ValidationContext context) {
    return " is "
        + name.getBytes(StandardCharsets.UTF_8).length
        + " bytes long; "
        + context.dialect().dialect().cliName()
        + " allows at most "
        + context.dialect().maxIdentifierBytes()
        + ".";
  }
}
