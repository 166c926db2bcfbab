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

  /**
   * The small model of the golden-file test: every relationship kind, a generated UUID id, both
   * timestamp traits with soft delete, a version, an enum, validation hints and a sensitive column.
   */
  static Schema library() {
    try {
      return ProjectFiles.load(Path.of("src/test/resources/golden/java/library.schemaforge.json"))
          .schema();
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the golden model", e);
    }
  }

  /** An example by name, or the golden model for {@code library}. */
  static Schema named(String name) {
    return name.equals("library") ? library() : load(name);
  }

  /** The examples and the golden model. */
  static Stream<String> allNames() {
    return Stream.concat(NAMES.stream(), Stream.of("library"));
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
