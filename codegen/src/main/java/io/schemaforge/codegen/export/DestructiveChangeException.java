package io.schemaforge.codegen.export;

import io.schemaforge.codegen.ExportException;
import java.util.List;

/** The export would drop or narrow something and destructive changes were not allowed. */
public final class DestructiveChangeException extends ExportException {
  public DestructiveChangeException(String message, List<String> dangers) {
    super(message, dangers);
  }
}
