package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A nullable BOOLEAN has three values (true, false, unknown), which SQL conditions and a Java
 * {@code Boolean} handle differently; usually NOT NULL with a default is meant.
 */
public final class NullableBooleanRule implements EntityRule {
  public static final String ID = "nullable-boolean";

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
    return "Boolean columns should be NOT NULL.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    for (Attribute a : entity.attributes()) {
      if (applies(a)) {
        out.accept(
            diagnostic(
                a.id(),
                entity.id(),
                entity.tableName() + "." + a.columnName(),
                "Boolean attribute "
                    + entity.name()
                    + "."
                    + a.name()
                    + " is nullable, so it has three values: true, false and NULL."));
      }
    }
  }

  private static boolean applies(Attribute a) {
    return a.type() == LogicalType.BOOLEAN && a.nullable();
  }

  /** NOT NULL, with default false unless the attribute already has a default. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .filter(NullableBooleanRule::applies)
                    .map(
                        a -> {
                          String def = a.defaultValue() != null ? a.defaultValue() : "false";
                          return new QuickFix(
                              "Make NOT NULL with default " + def,
                              new ChangeAttributeCommand(
                                  e.id(), a.toBuilder().nullable(false).defaultValue(def).build()));
                        }));
  }
}
