package io.schemaforge.projectfile;

/**
 * A model file that cannot be used: unreadable, damaged, truncated, or from a newer version. The
 * message is for people: it names the file and where in it (line and column, or the field path).
 */
public final class ProjectFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProjectFileException(String message) {
    super(message);
  }

  public ProjectFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
