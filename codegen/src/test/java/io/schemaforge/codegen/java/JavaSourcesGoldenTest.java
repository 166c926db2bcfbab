package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact output for the small library model, repositories included. After an intended
 * change, rewrite the expected files with {@code -Dgolden.update=true} and review the diff.
 */
class JavaSourcesGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/java/library");

  @Test
  void exportOfTheLibraryModelMatchesTheGoldenFiles() throws IOException {
    List<GeneratedFile> files =
        new JavaSourcesExporter()
            .export(ExampleModels.library(), JavaExportOptions.defaults().withRepositories(true));

    if (Boolean.getBoolean("golden.update")) {
      rewrite(files);
    }

    assertThat(relativePaths(files)).isEqualTo(goldenPaths());
    for (GeneratedFile f : files) {
      assertThat(f.content())
          .as(f.path().toString())
          .isEqualTo(Files.readString(GOLDEN.resolve(f.path()), StandardCharsets.UTF_8));
    }
  }

  private static void rewrite(List<GeneratedFile> files) throws IOException {
    if (Files.exists(GOLDEN)) {
      try (Stream<Path> old = Files.walk(GOLDEN)) {
        for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    for (GeneratedFile f : files) {
      Path target = GOLDEN.resolve(f.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.content(), StandardCharsets.UTF_8);
    }
  }

  private static TreeSet<String> relativePaths(List<GeneratedFile> files) {
    TreeSet<String> paths = new TreeSet<>();
    files.forEach(f -> paths.add(f.path().toString().replace('\\', '/')));
    return paths;
  }

  private static TreeSet<String> goldenPaths() throws IOException {
    TreeSet<String> paths = new TreeSet<>();
    try (Stream<Path> s = Files.walk(GOLDEN)) {
      s.filter(Files::isRegularFile)
          .forEach(p -> paths.add(GOLDEN.relativize(p).toString().replace('\\', '/')));
    }
    return paths;
  }
}
