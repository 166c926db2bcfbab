package io.schemaforge.validation;

import io.schemaforge.model.Model;
import java.util.Optional;

/**
 * A validation rule. Implement one of {@link EntityRule}, {@link RelationshipRule} or {@link
 * SchemaRule}, which say what the rule inspects and so what an edit must re-check.
 */
public interface Rule {
  /** A stable id, kebab-case, never reused: it appears in JSON output and in suppressions. */
  String id();

  Severity severity();

  /** One line for {@code schemaforge rules}. */
  String description();

  /** A repair for one of this rule's diagnostics, if the rule knows one. */
  default Optional<QuickFix> quickFix(Diagnostic diagnostic, Model model) {
    return Optional.empty();
  }

  /** A diagnostic of this rule. */
  default Diagnostic diagnostic(String elementId, String entityId, String path, String message) {
    return new Diagnostic(id(), severity(), elementId, entityId, path, message);
  }
}
