package io.schemaforge.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;

/** The example models of the project's resources/examples, for tests. */
public final class Examples {
  private Examples() {}

  /** {@code resources/examples/<name>.schemaforge.json} of the project root. */
  public static Path path(String name) {
    // Surefire passes the root; running a test from an IDE in the module folder falls back to "..".
    Path root = Path.of(System.getProperty("schemaforge.root", ".."));
    Path file = root.resolve("resources/examples/" + name + ".schemaforge.json").normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("example model not found: " + file.toAbsolutePath());
    }
    return file;
  }
}
