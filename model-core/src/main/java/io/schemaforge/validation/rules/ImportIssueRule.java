package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeSet;
import io.schemaforge.command.DismissImportIssueCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.Model;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.SchemaRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an import noticed (drift between entity sources and migrations, a statement it could not
 * apply), shown as a warning on the element it is about until the user dismisses it. The element is
 * found by table and column name each time, so a finding follows its element through undo and
 * reopening, and falls back to the schema when the element is gone.
 */
public final class ImportIssueRule implements SchemaRule {
  public static final String ID = "import-finding";

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
    return "What the import of an existing project noticed (drift, skipped statements), until"
        + " dismissed.";
  }

  @Override
  public void check(ValidationContext context, Consumer<Diagnostic> out) {
    Schema schema = context.schema();
    if (schema.importIssues().isEmpty()) {
      return;
    }
    for (ImportIssue issue : schema.importIssues()) {
      out.accept(diagnosticOf(issue, context));
    }
  }

  /**
   * The first entity (in schema order) with this table name, ignoring case. Found through the
   * validator's table index: every edit re-places the findings, and a scan of all entities made
   * each edit of a large imported model cost its size.
   */
  private static Entity entityWithTable(String table, ValidationContext context) {
    Schema schema = context.schema();
    List<Entity> found = new ArrayList<>(1);
    for (String id : context.entitiesWithTable(table)) {
      schema
          .entity(id)
          .filter(e -> lower(e.tableName()).equals(lower(table)))
          .ifPresent(found::add);
    }
    SchemaOrder.sort(found, schema.entities());
    return found.isEmpty() ? null : found.get(0);
  }

  private Diagnostic diagnosticOf(ImportIssue issue, ValidationContext context) {
    String element = issue.element();
    Entity entity = null;
    String elementId = issue.id();
    if (element != null) {
      int dot = element.lastIndexOf('.');
      entity = entityWithTable(dot < 0 ? element : element.substring(0, dot), context);
      if (entity != null) {
        elementId = entity.id();
        if (dot >= 0) {
          String column = element.substring(dot + 1);
          elementId =
              entity.attributes().stream()
                  .filter(a -> a.columnName().equalsIgnoreCase(column))
                  .map(Attribute::id)
                  .findFirst()
                  .orElse(entity.id());
        }
      }
    }
    return diagnostic(
        elementId,
        entity == null ? null : entity.id(),
        element != null ? element : issue.file(),
        issue.describe());
  }

  @Override
  public boolean affectedBy(ChangeSet changes, ValidationContext context) {
    // a rename or delete can move a finding to another element; findings are few, so any
    // schema change re-places them while there are some
    return !context.schema().importIssues().isEmpty();
  }

  @Override
  public Optional<QuickFix> quickFix(Diagnostic diagnostic, Model model) {
    return model.schema().importIssues().stream()
        .filter(
            i ->
                i.describe().equals(diagnostic.message())
                    && java.util.Objects.equals(
                        i.element() != null ? i.element() : i.file(), diagnostic.path()))
        .findFirst()
        .map(
            i ->
                new QuickFix("Dismiss this import finding", new DismissImportIssueCommand(i.id())));
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
