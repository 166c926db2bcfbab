package io.schemaforge.codegen.java;

import io.schemaforge.model.Schema;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example models under the repository's {@code resources/examples}. */
final class ExampleModels {
  private ExampleModels() {}

  static final List<String> NAMES = List.of("blog", "shop", "org-chart");

  static Schema load(String name) {
    try {
      return ProjectFiles.load(examples().resolve(name + ProjectFiles.EXTENSION)).schema();
    } catch (Exception e) {
      throw new IllegalStateException("cannot load example " + name, e);
    }
  }

  static Stream<String> names() {
    return NAMES.stream();
  }

  /** Surefire runs in the module folder; the examples are one level up. */
  static Path examples() {
    Path p = Path.of("..", "resources", "examples");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("examples not found at " + p.toAbsolutePath());
    }
    return p;
  }
}
