package io.schemaforge.validation;

import io.schemaforge.command.ChangeSet;
import java.util.function.Consumer;

/**
 * A rule that needs the whole schema at once (cycles, chains). It says which changes can affect it,
 * so most edits skip it.
 */
public interface SchemaRule extends Rule {
  void check(ValidationContext context, Consumer<Diagnostic> out);

  /** Whether a change can alter this rule's result; must be cheap. */
  boolean affectedBy(ChangeSet changes, ValidationContext context);
}
