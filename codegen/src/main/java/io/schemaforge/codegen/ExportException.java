package io.schemaforge.codegen;

import java.util.List;

/**
 * An export that must not write anything, with the reason and the details a user needs to act: the
 * differences a proof found, the statement a database refused, the unreadable file.
 */
public class ExportException extends Exception {
  private final List<String> details;

  public ExportException(String message, List<String> details) {
    super(message);
    this.details = List.copyOf(details);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
    this.details = List.of();
  }

  public List<String> details() {
    return details;
  }
}
