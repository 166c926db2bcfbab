package io.schemaforge.codegen.importer;

import java.util.Objects;

/**
 * Something an import noticed and the user should see: a statement it could not apply, a
 * placeholder it did not expand, a drift between entities and migrations. Importers carry on past
 * findings where they sensibly can and return them with the result, so the command line can print
 * them and the window can list them as problems.
 *
 * @param severity ERROR when something was left out of the result, WARNING when the result may
 *     differ from what the project means, INFO otherwise
 * @param file the file the finding is about (as the user gave or the project holds it), or null
 * @param line 1-based line in that file, or 0 when unknown
 * @param element table or {@code table.column} the finding is about, or null
 * @param message a sentence a user understands without the source at hand
 */
public record ImportFinding(
    Severity severity, String file, int line, String element, String message) {

  public enum Severity {
    ERROR,
    WARNING,
    INFO
  }

  public ImportFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line: message}, the way compilers print, so terminals and IDEs can link it. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    if (file != null) {
      s.append(file);
      if (line > 0) {
        s.append(':').append(line);
      }
      s.append(": ");
    }
    if (element != null) {
      s.append(element).append(": ");
    }
    return s.append(message).toString();
  }
}
