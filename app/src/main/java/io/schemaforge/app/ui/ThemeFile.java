package io.schemaforge.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;

/**
 * Remembers the chosen theme in the settings folder, so the next session starts in it. A file that
 * cannot be read or written only costs the choice, never the start: the light theme is the
 * fallback.
 */
final class ThemeFile {
  private static final System.Logger LOG = System.getLogger(ThemeFile.class.getName());

  private ThemeFile() {}

  /** Sets the theme to the one last chosen and writes every later choice back. */
  static void remember(ObjectProperty<Theme> theme, Path settings) {
    Path file = settings.resolve("theme.txt");
    theme.set(read(file));
    theme.addListener((obs, old, t) -> write(file, t));
  }

  private static Theme read(Path file) {
    try {
      return Files.isRegularFile(file)
          ? Theme.valueOf(Files.readString(file).strip())
          : Theme.LIGHT;
    } catch (IOException | IllegalArgumentException e) {
      return Theme.LIGHT;
    }
  }

  private static void write(Path file, Theme t) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, t.name());
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot remember the theme", e);
    }
  }
}
