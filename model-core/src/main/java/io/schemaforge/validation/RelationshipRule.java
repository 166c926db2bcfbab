package io.schemaforge.validation;

import io.schemaforge.model.Relationship;
import java.util.function.Consumer;

/** A rule about one relationship; re-run when it or either of its entities changes. */
public interface RelationshipRule extends Rule {
  void check(Relationship relationship, ValidationContext context, Consumer<Diagnostic> out);
}
