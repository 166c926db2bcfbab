package io.schemaforge.validation.rules;

import io.schemaforge.model.Entity;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Two entities with one class name, ignoring case: the generated {@code Post.java} and {@code
 * post.java} would overwrite each other on case-insensitive file systems, and equal names collide
 * in one package anyway. Found through the context's class-name index.
 */
public final class DuplicateEntityNameRule implements EntityRule {
  public static final String ID = "duplicate-entity-name";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No two entities may have the same class name, ignoring case.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    if (DiagnosticText.isBlank(entity.name())) {
      return; // java-name reports an empty class name
    }
    Set<String> same = context.entitiesWithClassName(entity.name());
    if (same.size() < 2) {
      return;
    }
    out.accept(
        diagnostic(
            entity.id(),
            entity.id(),
            entity.tableName(),
            "Class name "
                + entity.name()
                + " (table '"
                + entity.tableName()
                + "') is also used by "
                + OtherEntities.names(context, same, entity.id())
                + "; class names must differ even in case."));
  }
}
