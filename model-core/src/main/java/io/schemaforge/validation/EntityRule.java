package io.schemaforge.validation;

import io.schemaforge.model.Entity;
import java.util.function.Consumer;

/**
 * A rule about one entity (its names, attributes, constraints, and the foreign keys it holds).
 * Re-run when the entity changes, when a relationship touching it changes, and when another entity
 * takes or frees a name it shares.
 */
public interface EntityRule extends Rule {
  void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out);
}
