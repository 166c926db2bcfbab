package io.schemaforge.validation.rules;

import io.schemaforge.model.Entity;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Two entities mapped to one table ({@code users} and {@code Users} in a dialect that folds case)
 * would make the second CREATE TABLE fail. Found through the context's table index, never a scan;
 * every entity of a clash gets its own diagnostic.
 */
public final class DuplicateTableNameRule implements EntityRule {
  public static final String ID = "duplicate-table-name";

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
    return "No two entities may map to the same table (compared as the dialect compares names).";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    if (DiagnosticText.isBlank(entity.tableName())) {
      return; // invalid-identifier reports an empty name
    }
    Set<String> same = context.entitiesWithTable(entity.tableName());
    if (same.size() < 2) {
      return;
    }
    String others = OtherEntities.names(context, same, entity.id());
    out.accept(
        new NamedElement.Table(entity)
            .diagnostic(
                this,
                " is also the table of "
                    + others
                    + " in "
                    + context.dialect().dialect().cliName()
                    + "."));
  }
}
