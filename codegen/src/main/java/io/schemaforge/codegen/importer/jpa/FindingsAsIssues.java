package io.schemaforge.codegen.importer.jpa;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.command.RecordImportIssuesCommand;
import io.schemaforge.model.Ids;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.Model;
import java.util.List;

/**
 * Puts the findings a user must act on (warnings and errors) into the model, where the Problems
 * panel shows them on their elements until dismissed. INFO findings stay on the command line.
 */
final class FindingsAsIssues {
  private FindingsAsIssues() {}

  static void record(Model model, List<ImportFinding> findings) {
    List<ImportIssue> issues =
        findings.stream()
            .filter(f -> f.severity() != ImportFinding.Severity.INFO)
            .map(
                f ->
                    new ImportIssue(Ids.newId("imp"), f.element(), f.file(), f.line(), f.message()))
            .toList();
    if (!issues.isEmpty()) {
      new RecordImportIssuesCommand(issues).execute(model);
    }
  }
}
