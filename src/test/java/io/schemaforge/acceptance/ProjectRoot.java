package io.schemaforge.acceptance;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's top folder, where resources/ lives (set by the acceptance module's pom). */
final class ProjectRoot {
  private ProjectRoot() {}

  static Path get() {
    String root = System.getProperty("schemaforge.root");
    Path p = root != null ? Path.of(root) : Path.of("..");
    if (!Files.isDirectory(p.resolve("resources/examples"))) {
      throw new IllegalStateException("cannot find resources/examples under " + p.toAbsolutePath());
    }
    return p.toAbsolutePath().normalize();
  }

  static Path example(String name) {
    return get().resolve("resources/examples/" + name + ".schemaforge.json");
  }
}
