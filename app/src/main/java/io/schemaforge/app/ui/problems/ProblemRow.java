package io.schemaforge.app.ui.problems;

import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.Severity;

/** One line of the Problems panel: a severity group's header or a single problem. */
public sealed interface ProblemRow {

  /** "Errors (2)": starts the group of one severity. */
  record GroupHeader(Severity severity, int count) implements ProblemRow {
    public String text() {
      String noun = severity == Severity.ERROR ? "Errors" : "Warnings";
      return noun + " (" + count + ")";
    }
  }

  /** A diagnostic; activating it reveals its entity. */
  record Problem(Diagnostic diagnostic) implements ProblemRow {}
}
