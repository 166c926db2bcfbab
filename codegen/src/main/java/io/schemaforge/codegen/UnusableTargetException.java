package io.schemaforge.codegen;

import java.util.List;

/**
 * The target project cannot be exported into at all: missing, not a folder, read-only, or its
 * export state is damaged. The command line answers it with "unusable input" (exit 2).
 */
public final class UnusableTargetException extends ExportException {
  public UnusableTargetException(String message) {
    super(message, List.of());
  }

  public UnusableTargetException(String message, Throwable cause) {
    super(message, cause);
  }
}
