package io.schemaforge.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The settings folder of UI tests ({@code schemaforge.home}, under target/). */
public final class TestSettings {
  private TestSettings() {}

  /**
   * Empties it, so a window starts without a recovery offer, recent files or a theme left by an
   * earlier test.
   */
  public static void clear() {
    Path home = Path.of(System.getProperty("schemaforge.home", "target/test-home"));
    if (!Files.isDirectory(home)) {
      return;
    }
    try (Stream<Path> files = Files.walk(home)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
