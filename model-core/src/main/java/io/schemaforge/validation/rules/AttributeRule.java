package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Base of rules that judge one attribute at a time and repair it by changing only that attribute: a
 * subclass says when an attribute breaks the rule, what to tell the user, and (optionally) the
 * repaired attribute. The loop, the diagnostic's path and the undoable quick fix are the same for
 * all of them and live here.
 */
abstract class AttributeRule implements EntityRule {
  private final String id;
  private final Severity severity;
  private final String description;

  /** A repaired attribute and the words on the quick-fix button. */
  record Repair(String label, Attribute fixed) {}

  AttributeRule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  /** Whether the attribute breaks the rule in this schema. */
  protected abstract boolean applies(Attribute attribute, Schema schema);

  /** The sentence telling the user what is wrong; it names the entity and attribute. */
  protected abstract String message(Entity entity, Attribute attribute);

  /** The repair, if the rule knows one; called only for attributes that break the rule. */
  protected Optional<Repair> repair(Attribute attribute) {
    return Optional.empty();
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    for (Attribute a : entity.attributes()) {
      if (applies(a, context.schema())) {
        out.accept(
            diagnostic(a.id(), entity.id(), DiagnosticText.path(entity, a), message(entity, a)));
      }
    }
  }

  @Override
  public final Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .filter(a -> applies(a, model.schema()))
                    .flatMap(this::repair)
                    .map(
                        r ->
                            new QuickFix(
                                r.label(), new ChangeAttributeCommand(e.id(), r.fixed()))));
  }
}
