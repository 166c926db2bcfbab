package io.schemaforge.validation.rules;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Severity;
import java.util.Optional;

/**
 * A nullable BOOLEAN has three values (true, false, unknown), which SQL conditions and a Java
 * {@code Boolean} handle differently; usually NOT NULL with a default is meant.
 */
public final class NullableBooleanRule extends AttributeRule {
  public static final String ID = "nullable-boolean";

  public NullableBooleanRule() {
    super(ID, Severity.WARNING, "Boolean columns should be NOT NULL.");
  }

  @Override
  protected boolean applies(Attribute a, Schema schema) {
    return a.type() == LogicalType.BOOLEAN && a.nullable();
  }

  @Override
  protected String message(Entity e, Attribute a) {
    return "Boolean attribute "
        + DiagnosticText.field(e, a)
        + " is nullable, so it has three values: true, false and NULL.";
  }

  /** NOT NULL, with default false unless the attribute already has a default. */
  @Override
  protected Optional<Repair> repair(Attribute a) {
    String def = a.defaultValue() != null ? a.defaultValue() : "false";
    return Optional.of(
        new Repair(
            "Make NOT NULL with default " + def,
            a.toBuilder().nullable(false).defaultValue(def).build()));
  }
}
