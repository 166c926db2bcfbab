package io.schemaforge.codegen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWriterTest {
  @TempDir Path root;

  private Map<String, String> snapshot() throws Exception {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        String rel = root.relativize(p).toString();
        m.put(rel, Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
      }
    }
    return m;
  }

  @Test
  void writesNewFilesAndReplacesExistingOnes() throws Exception {
    Files.writeString(root.resolve("a.txt"), "old");
    List<Path> written =
        new ExportWriter()
            .write(
                root,
                List.of(GeneratedFile.of("a.txt", "new"), GeneratedFile.of("x/y/b.txt", "b")));
    assertThat(written).hasSize(2);
    assertThat(Files.readString(root.resolve("a.txt"))).isEqualTo("new");
    assertThat(Files.readString(root.resolve("x/y/b.txt"))).isEqualTo("b");
    assertThat(root.resolve(".schemaforge")).doesNotExist();
  }

  @Test
  void aFailureHalfWayLeavesTheTargetExactlyAsItWas() throws Exception {
    Files.writeString(root.resolve("a.txt"), "old");
    // "blocker" is a file, so a file under "blocker/" cannot be placed: the second move fails.
    Files.writeString(root.resolve("blocker"), "I am a file");
    Map<String, String> before = snapshot();
    assertThatThrownBy(
            () ->
                new ExportWriter()
                    .write(
                        root,
                        List.of(
                            GeneratedFile.of("a.txt", "new"),
                            GeneratedFile.of("new/dir/c.txt", "c"),
                            GeneratedFile.of("blocker/d.txt", "d"))))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("left as it was");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aMissingTargetIsAClearError() {
    assertThatThrownBy(
            () ->
                new ExportWriter().write(root.resolve("nope"), List.of(GeneratedFile.of("a", "b"))))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void anInterruptedExportIsUndoneByTheNext() throws Exception {
    Files.writeString(root.resolve("a.txt"), "old");
    // What a killed export leaves: a.txt moved aside and replaced, b.txt created, journal written.
    Path staging = root.resolve(".schemaforge/staging-dead");
    Files.createDirectories(staging.resolve("old"));
    Files.move(root.resolve("a.txt"), staging.resolve("old/a.txt"));
    Files.writeString(root.resolve("a.txt"), "half-new");
    Files.writeString(root.resolve("b.txt"), "half-new");
    Files.writeString(staging.resolve("journal"), "replaced a.txt\ncreated b.txt\n");

    ExportWriter.recoverInterrupted(root);

    assertThat(Files.readString(root.resolve("a.txt"))).isEqualTo("old");
    assertThat(root.resolve("b.txt")).doesNotExist();
    assertThat(staging).doesNotExist();
  }
}
