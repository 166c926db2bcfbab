package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.naming.Names;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Table and column names follow the schema's naming convention: snake_case, and table names all
 * singular or all plural, as {@link NamingConvention#tableNumber()} says (for {@code EITHER}, as
 * most tables already are; a tie asks nothing). The number is read from a table's last word. A
 * table gets one diagnostic at a time: snake_case first, then its number. Names that are not valid
 * identifiers are left to the rule that reports those.
 */
public final class NamingConventionRule implements EntityRule {
  public static final String ID = "naming-convention";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Table and column names should be snake_case, with tables all singular or all plural.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    for (NamedElement n : NamedElement.tableAndColumns(entity)) {
      if (!NameWords.isPlainIdentifier(n.name())) {
        continue;
      }
      if (!NameWords.isSnakeCase(n.name())) {
        out.accept(
            n.diagnostic(
                this, " is not snake_case (lower-case letters, digits, single underscores)."));
      } else if (n instanceof NamedElement.Table) {
        checkTableNumber(n, context, out);
      }
    }
  }

  /** A snake_case table name in the number the convention (or the schema's majority) wants. */
  private void checkTableNumber(
      NamedElement table, ValidationContext context, Consumer<Diagnostic> out) {
    Boolean wantPlural = wantsPlural(context);
    boolean plural = Names.looksPlural(Names.lastWord(table.name()));
    if (wantPlural != null && plural != wantPlural) {
      out.accept(
          table.diagnostic(
              this,
              " is "
                  + (plural ? "plural" : "singular")
                  + ", but "
                  + (context.schema().naming().tableNumber() == NamingConvention.TableNumber.EITHER
                      ? "most tables of the schema are "
                      : "the naming convention wants ")
                  + (wantPlural ? "plural" : "singular")
                  + " table names."));
    }
  }

  /** True for plural, false for singular, null when the convention asks for neither. */
  private static Boolean wantsPlural(ValidationContext context) {
    return switch (context.schema().naming().tableNumber()) {
        // Boolean constants, not literals: a boolean arm would unbox the majority's null
      case SINGULAR -> Boolean.FALSE;
      case PLURAL -> Boolean.TRUE;
      case EITHER -> context.pluralMajority();
    };
  }

  /** Renames the table or column to snake_case, or the table to the other number. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    Optional<Entity> found = model.schema().entity(d.entityId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Entity e = found.get();
    if (d.elementId().equals(e.id())) {
      String table = e.tableName();
      if (!NameWords.isPlainIdentifier(table)) {
        return Optional.empty();
      }
      String fixed =
          NameWords.isSnakeCase(table)
              ? otherNumber(table, model.schema().naming())
              : NameWords.toSnakeCase(table);
      if (fixed == null || fixed.equals(table) || tableTaken(model, e, fixed)) {
        return Optional.empty();
      }
      return Optional.of(
          new QuickFix(
              "Rename table to " + fixed, new RenameEntityCommand(e.id(), e.name(), fixed)));
    }
    return e.attribute(d.elementId())
        .filter(a -> NameWords.isPlainIdentifier(a.columnName()))
        .flatMap(
            a -> {
              String fixed = NameWords.toSnakeCase(a.columnName());
              if (fixed == null || fixed.equals(a.columnName()) || columnTaken(e, a, fixed)) {
                return Optional.empty();
              }
              return Optional.of(
                  new QuickFix(
                      "Rename column to " + fixed,
                      new ChangeAttributeCommand(e.id(), a.toBuilder().columnName(fixed).build())));
            });
  }

  /**
   * The table name with its last word in the number the convention wants; for {@code EITHER} the
   * diagnostic says the current number is the minority one, so the other.
   */
  private static String otherNumber(String table, NamingConvention naming) {
    String last = Names.lastWord(table);
    boolean plural = Names.looksPlural(last);
    boolean wantPlural =
        switch (naming.tableNumber()) {
          case SINGULAR -> false;
          case PLURAL -> true;
          case EITHER -> !plural;
        };
    if (plural == wantPlural) {
      return null;
    }
    String changed = wantPlural ? Names.plural(last) : NameWords.singular(last);
    if (Names.looksPlural(changed) != wantPlural) {
      return null;
    }
    return table.substring(0, table.length() - last.length()) + changed;
  }

  private static boolean columnTaken(Entity e, Attribute self, String column) {
    return e.attributes().stream()
        .anyMatch(o -> !o.id().equals(self.id()) && o.columnName().equalsIgnoreCase(column));
  }

  // A quick fix runs on request, not on every edit, so it may look through the tables.
  private static boolean tableTaken(Model model, Entity self, String table) {
    return model.schema().entities().stream()
        .anyMatch(o -> !o.id().equals(self.id()) && table.equalsIgnoreCase(o.tableName()));
  }
}
