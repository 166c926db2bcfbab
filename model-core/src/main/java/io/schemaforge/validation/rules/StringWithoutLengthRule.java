package io.schemaforge.validation.rules;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Severity;
import java.util.Optional;

/**
 * A STRING attribute without a length leaves {@code varchar} to each dialect's default (none in
 * PostgreSQL, an error in MySQL); an explicit length says what the column may hold.
 */
public final class StringWithoutLengthRule extends AttributeRule {
  public static final String ID = "string-without-length";

  /** The length the quick fix gives: the common {@code varchar(255)}. */
  public static final int DEFAULT_LENGTH = 255;

  public StringWithoutLengthRule() {
    super(ID, Severity.WARNING, "String columns should have an explicit length.");
  }

  @Override
  protected boolean applies(Attribute a, Schema schema) {
    return a.type() == LogicalType.STRING && a.length() == null;
  }

  @Override
  protected String message(Entity e, Attribute a) {
    return "String attribute "
        + DiagnosticText.field(e, a)
        + " (column "
        + DiagnosticText.path(e, a)
        + ") has no length.";
  }

  @Override
  protected Optional<Repair> repair(Attribute a) {
    return Optional.of(
        new Repair(
            "Set length to " + DEFAULT_LENGTH, a.toBuilder().length(DEFAULT_LENGTH).build()));
  }
}
