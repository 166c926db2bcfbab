package io.schemaforge.model;

import java.util.Objects;

/**
 * Something an import noticed that the user should look at, kept with the model until dismissed:
 * drift between entity sources and migrations, a statement that could not be applied. It points at
 * its element by name ({@code table} or {@code table.column}), as the import saw it, so it finds
 * its element again after the file is reopened.
 *
 * @param element {@code table} or {@code table.column}, or null when about no element
 * @param file the source file it is about, or null
 * @param line 1-based line in that file, 0 when unknown
 */
public record ImportIssue(String id, String element, String file, int line, String message) {
  public ImportIssue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line: message}, the way compilers print, so terminals and IDEs can link it. */
  public String describe() {
    if (file == null) {
      return message;
    }
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
