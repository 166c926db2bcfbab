package io.schemaforge.validation.rules;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Severity;
import java.util.Optional;

/**
 * A TIMESTAMP (without time zone) where the schema's naming convention asks for timestamps with
 * time zone: the value would be read in whatever zone the server or client happens to use.
 */
public final class TimestampWithoutTimeZoneRule extends AttributeRule {
  public static final String ID = "timestamp-without-time-zone";

  public TimestampWithoutTimeZoneRule() {
    super(
        ID,
        Severity.WARNING,
        "Timestamps should carry a time zone when the naming convention asks for it.");
  }

  @Override
  protected boolean applies(Attribute a, Schema schema) {
    return schema.naming().timestampsWithTimeZone() && a.type() == LogicalType.TIMESTAMP;
  }

  @Override
  protected String message(Entity e, Attribute a) {
    return "Attribute "
        + DiagnosticText.field(e, a)
        + " is a timestamp without time zone, but the naming convention wants"
        + " timestamps with time zone.";
  }

  @Override
  protected Optional<Repair> repair(Attribute a) {
    return Optional.of(
        new Repair(
            "Change type to timestamptz", a.toBuilder().type(LogicalType.TIMESTAMPTZ).build()));
  }
}
