package io.schemaforge.validation.rules;

import io.schemaforge.command.AddAttributeCommand;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Optional;
import java.util.function.Consumer;

/** Every entity needs a primary key: JPA cannot map it otherwise, and rows cannot be told apart. */
public final class MissingPrimaryKeyRule implements EntityRule {
  public static final String ID = "missing-primary-key";

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
    return "Every entity needs a primary key.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    if (entity.primaryKey().isEmpty() && entity.sourceName() != null) {
      // An imported table without a primary key is a fact of the project's database (Spring
      // Batch's job parameters table has none): refusing to export would stop the user from
      // continuing that project's history at all. The migration export handles it; JPA cannot
      // map it, which the message says.
      out.accept(
          new Diagnostic(
              ID,
              Severity.WARNING,
              entity.id(),
              entity.id(),
              entity.tableName(),
              "Entity "
                  + entity.name()
                  + " has no primary key (as imported): migrations export, but JPA cannot map it"
                  + " until it has one."));
    } else if (entity.primaryKey().isEmpty()) {
      out.accept(
          diagnostic(
              entity.id(),
              entity.id(),
              entity.tableName(),
              "Entity " + entity.name() + " has no primary key."));
    }
  }

  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.elementId())
        .filter(e -> e.attributeByName("id").isEmpty())
        .map(e -> new QuickFix("Add a Long id primary key", new AddEntityIdKey(e.id()).command()));
  }

  /** The fix: a {@code Long id} identity key as the first attribute. */
  private record AddEntityIdKey(String entityId) {
    AddAttributeCommand command() {
      return new AddAttributeCommand(entityId, 0, AddEntityCommand.idAttribute());
    }
  }
}
