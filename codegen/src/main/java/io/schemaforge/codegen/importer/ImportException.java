package io.schemaforge.codegen.importer;

/**
 * The input cannot be imported at all: a path that does not exist, no SQL found, an unknown
 * dialect, a database that cannot be reached. The message names what is wrong and what to do.
 */
public class ImportException extends Exception {
  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
