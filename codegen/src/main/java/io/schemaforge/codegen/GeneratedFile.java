package io.schemaforge.codegen;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file an exporter wants to exist in the target project. Exporters return these and never
 * write: the export preview shows them, and {@code io.schemaforge.codegen.write.ExportWriter} puts
 * them on disk atomically.
 *
 * @param path where the file goes, relative to the target project's root folder, always with
 *     forward-slash semantics (no {@code ..}, not absolute)
 * @param content the full text, with LF line endings
 */
public record GeneratedFile(Path path, String content) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.isAbsolute() || path.normalize().startsWith("..")) {
      throw new IllegalArgumentException(
          "generated file path must stay inside the target: " + path);
    }
  }

  /** Convenience for paths written as {@code "src/main/java/..."}. */
  public static GeneratedFile of(String relativePath, String content) {
    return new GeneratedFile(Path.of(relativePath), content);
  }
}
