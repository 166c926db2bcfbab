package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.naming.Names;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A table or column named after a reserved word of the target dialect ({@code user}, {@code order})
 * breaks every unquoted statement, unless the schema quotes all identifiers.
 */
public final class ReservedWordRule implements EntityRule {
  public static final String ID = "reserved-word";

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
    return "Table and column names must not be reserved words of the target dialect.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    if (context.schema().naming().quoteIdentifiers()) {
      return;
    }
    String dialect = context.dialect().dialect().cliName();
    for (NamedElement n : NamedElement.tableAndColumns(entity)) {
      if (context.dialect().isReserved(n.name())) {
        out.accept(n.diagnostic(this, " is a reserved word in " + dialect + "."));
      }
    }
  }

  /** Renames a table to its plural ({@code user} to {@code users}); a column gets a suffix. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    Optional<Entity> entity = model.schema().entity(d.entityId());
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    Entity e = entity.get();
    if (d.elementId().equals(e.id())) {
      String plural = Names.plural(e.tableName());
      String table = plural.equals(e.tableName()) ? e.tableName() + "_table" : plural;
      return Optional.of(
          new QuickFix(
              "Rename table to " + table, new RenameEntityCommand(e.id(), e.name(), table)));
    }
    return e.attribute(d.elementId())
        .map(
            a -> {
              String column = a.columnName() + "_value";
              return new QuickFix(
                  "Rename column to " + column,
                  new ChangeAttributeCommand(e.id(), a.toBuilder().columnName(column).build()));
            });
  }
}
