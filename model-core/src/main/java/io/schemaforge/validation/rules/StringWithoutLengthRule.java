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
 * A STRING attribute without a length leaves {@code varchar} to each dialect's default (none in
 * PostgreSQL, an error in MySQL); an explicit length says what the column may hold.
 */
public final class StringWithoutLengthRule implements EntityRule {
  public static final String ID = "string-without-length";

  /** The length the quick fix gives: the common {@code varchar(255)}. */
  public static final int DEFAULT_LENGTH = 255;

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
    return "String columns should have an explicit length.";
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
                "String attribute "
                    + entity.name()
                    + "."
                    + a.name()
                    + " (column "
                    + entity.tableName()
                    + "."
                    + a.columnName()
                    + ") has no length."));
      }
    }
  }

  private static boolean applies(Attribute a) {
    return a.type() == LogicalType.STRING && a.length() == null;
  }

  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .filter(StringWithoutLengthRule::applies)
                    .map(
                        a ->
                            new QuickFix(
                                "Set length to " + DEFAULT_LENGTH,
                                new ChangeAttributeCommand(
                                    e.id(), a.toBuilder().length(DEFAULT_LENGTH).build()))));
  }
}
