package io.schemaforge.command;

import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.Model;
import java.util.List;

/** Keeps what an import noticed with the model, so the Problems panel lists it until dismissed. */
public final class RecordImportIssuesCommand implements Command {
  private final List<ImportIssue> issues;

  public RecordImportIssuesCommand(List<ImportIssue> issues) {
    this.issues = List.copyOf(issues);
  }

  @Override
  public String description() {
    return "Record " + issues.size() + " import findings";
  }

  @Override
  public ChangeSet execute(Model model) {
    for (ImportIssue i : issues) {
      if (model.schema().importIssueIndex(i.id()) >= 0) {
        throw new IllegalArgumentException("import issue " + i.id() + " already recorded");
      }
    }
    for (ImportIssue i : issues) {
      model.schema().insertImportIssue(model.schema().importIssues().size(), i);
    }
    return new ChangeSet.Builder().schemaSettings().build();
  }

  @Override
  public ChangeSet undo(Model model) {
    for (ImportIssue i : issues) {
      model.schema().removeImportIssue(i.id());
    }
    return new ChangeSet.Builder().schemaSettings().build();
  }
}
