package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportException;

/**
 * The paths hold no SQL script at all. Its own type because a project with {@code @Entity} sources
 * but no migrations is still importable (from the entities alone).
 */
public final class NoScriptsFoundException extends ImportException {
  public NoScriptsFoundException(String message) {
    super(message);
  }
}
