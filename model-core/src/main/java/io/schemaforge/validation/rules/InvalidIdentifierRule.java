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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A table or column name must be a plain SQL identifier: not empty, only letters, digits and
 * underscores, not starting with a digit. Such names need no quoting in any of the five dialects,
 * which is what the generated DDL, JPA mappings and migrations rely on. (Letters include non-ASCII
 * letters, which all five dialects accept unquoted.)
 */
public final class InvalidIdentifierRule implements EntityRule {
  public static final String ID = "invalid-identifier";

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
    return "Table and column names must be non-empty letters, digits and '_', not starting with a"
        + " digit.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    for (NamedElement n : NamedElement.tableAndColumns(entity)) {
      problem(n.name()).ifPresent(p -> out.accept(n.diagnostic(this, " " + p + ".")));
    }
  }

  /**
   * What is wrong with a name, as the end of a sentence, or empty when it is a valid identifier.
   */
  static Optional<String> problem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("is empty");
    }
    if (Character.isDigit(name.charAt(0))) {
      return Optional.of("starts with a digit");
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        String shown = Character.isWhitespace(c) ? "a space" : "'" + Character.toString(c) + "'";
        return Optional.of("contains " + shown + "; use only letters, digits and '_'");
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  static boolean isValid(String name) {
    return problem(name).isEmpty();
  }

  /**
   * Renames to a snake_case name built from the bad one, or from the Java name when none is left.
   */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    Optional<Entity> entity = model.schema().entity(d.entityId());
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    Entity e = entity.get();
    if (d.elementId().equals(e.id())) {
      String table =
          snakeIdentifier(
              e.tableName(), Names.plural(Names.snakeCase(nullToEmpty(e.name()))), "t_");
      return Optional.of(
          new QuickFix(
              "Rename table to " + table, new RenameEntityCommand(e.id(), e.name(), table)));
    }
    return e.attribute(d.elementId())
        .map(
            a -> {
              String column = snakeIdentifier(a.columnName(), Names.snakeCase(a.name()), "c_");
              return new QuickFix(
                  "Rename column to " + column,
                  new ChangeAttributeCommand(e.id(), a.toBuilder().columnName(column).build()));
            });
  }

  /**
   * {@code Order Items} to {@code order_items}, {@code e-mail} to {@code e_mail}; an empty result
   * falls back to the name derived from the Java name, and a leading digit gets {@code prefix}.
   */
  static String snakeIdentifier(String name, String derived, String prefix) {
    String s = sanitize(nullToEmpty(name));
    if (s.isEmpty()) {
      s = sanitize(derived);
    }
    if (s.isEmpty()) {
      s = prefix + "name";
    }
    if (Character.isDigit(s.charAt(0))) {
      s = prefix + s;
    }
    return s;
  }

  private static String sanitize(String name) {
    String snake = Names.snakeCase(name.strip()).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(snake.length());
    for (int i = 0; i < snake.length(); ) {
      int c = snake.codePointAt(i);
      boolean ok = Character.isLetterOrDigit(c);
      if (ok) {
        sb.appendCodePoint(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
        sb.append('_');
      }
      i += Character.charCount(c);
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
