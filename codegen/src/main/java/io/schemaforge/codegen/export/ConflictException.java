package io.schemaforge.codegen.export;

import io.schemaforge.codegen.ExportException;
import java.util.List;

/** Generated files were edited by hand; they are never overwritten without being asked. */
public final class ConflictException extends ExportException {
  public ConflictException(String message, List<String> files) {
    super(message, files);
  }
}
