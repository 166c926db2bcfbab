package io.schemaforge.app.ui.files;

import java.nio.file.Path;

/**
 * Where the app keeps what outlives a session (recent files, the recovery copy, the theme): the
 * folder named by the {@code schemaforge.home} system property, else {@code ~/.schemaforge}. Tests
 * point the property into {@code target/} so they never touch the user's folder.
 */
public final class SettingsFolder {
  private SettingsFolder() {}

  public static Path path() {
    String configured = System.getProperty("schemaforge.home");
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".schemaforge");
  }
}
