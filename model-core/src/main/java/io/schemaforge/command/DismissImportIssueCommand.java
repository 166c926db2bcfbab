package io.schemaforge.command;

import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.Model;

/**
 * Removes one import finding the user has read (the quick fix of its problem); undo restores it.
 */
public final class DismissImportIssueCommand implements Command {
  private final String issueId;
  private ImportIssue removed;
  private int position;

  public DismissImportIssueCommand(String issueId) {
    this.issueId = issueId;
  }

  @Override
  public String description() {
    return "Dismiss import finding";
  }

  @Override
  public ChangeSet execute(Model model) {
    int at = model.schema().importIssueIndex(issueId);
    if (at < 0) {
      throw new IllegalArgumentException("no import issue with id " + issueId);
    }
    position = at;
    removed = model.schema().removeImportIssue(issueId);
    // issues are few and rarely dismissed: re-checking everything is simpler than tracking them
    return new ChangeSet.Builder().schemaSettings().build();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.schema().insertImportIssue(position, removed);
    return new ChangeSet.Builder().schemaSettings().build();
  }
}
