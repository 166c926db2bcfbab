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
 * A TIMESTAMP (without time zone) where the schema's naming convention asks for timestamps with
 * time zone: the value would be read in whatever zone the server or client happens to use.
 */
public final class TimestampWithoutTimeZoneRule implements EntityRule {
  public static final String ID = "timestamp-without-time-zone";

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
    return "Timestamps should carry a time zone when the naming convention asks for it.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    if (!context.schema().naming().timestampsWithTimeZone()) {
      return;
    }
    for (Attribute a : entity.attributes()) {
      if (a.type() == LogicalType.TIMESTAMP) {
        out.accept(
            diagnostic(
                a.id(),
                entity.id(),
                entity.tableName() + "." + a.columnName(),
                "Attribute "
                    + entity.name()
                    + "."
                    + a.name()
                    + " is a timestamp without time zone, but the naming convention wants"
                    + " timestamps with time zone."));
      }
    }
  }

  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    if (!model.schema().naming().timestampsWithTimeZone()) {
      return Optional.empty();
    }
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .filter(a -> a.type() == LogicalType.TIMESTAMP)
                    .map(
                        a ->
                            new QuickFix(
                                "Change type to timestamptz",
                                new ChangeAttributeCommand(
                                    e.id(), a.toBuilder().type(LogicalType.TIMESTAMPTZ).build()))));
  }
}
