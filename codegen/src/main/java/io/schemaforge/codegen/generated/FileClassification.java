package io.schemaforge.codegen.generated;

import io.schemaforge.codegen.GeneratedFile;
import java.util.Objects;

/**
 * The verdict on one generated file.
 *
 * @param reason why, in a sentence a user can read (the preview and the CLI show it)
 */
public record FileClassification(GeneratedFile file, FileStatus status, String reason) {
  public FileClassification {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  public boolean isConflict() {
    return status == FileStatus.CONFLICT;
  }
}
