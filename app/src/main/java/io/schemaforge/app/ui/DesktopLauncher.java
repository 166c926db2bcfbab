package io.schemaforge.app.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX designer window. */
public final class DesktopLauncher {
  private DesktopLauncher() {}

  /** Opens the window, showing the given model file (or an empty model when null). */
  public static void launch(Path model) {
    String[] args = model == null ? new String[0] : new String[] {model.toString()};
    Application.launch(SchemaforgeApp.class, args);
  }
}
