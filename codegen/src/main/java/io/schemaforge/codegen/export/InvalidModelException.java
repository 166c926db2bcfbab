package io.schemaforge.codegen.export;

import io.schemaforge.codegen.ExportException;
import java.util.List;

/** The model has validation errors; the export refuses to run. */
public final class InvalidModelException extends ExportException {
  public InvalidModelException(String message, List<String> errors) {
    super(message, errors);
  }
}
