package io.schemaforge.app;

import io.schemaforge.app.cli.SchemaforgeCommand;
import io.schemaforge.app.ui.DesktopLauncher;
import java.nio.file.Path;

/**
 * The one launcher: no arguments opens the designer window; a subcommand runs headless (no display
 * needed). Deliberately not a JavaFX {@code Application}, which cannot start from the class path of
 * a plain jar.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      DesktopLauncher.launch(null);
      return;
    }
    if (args[0].equals("open") && args.length == 2) {
      DesktopLauncher.launch(Path.of(args[1]));
      return;
    }
    System.exit(SchemaforgeCommand.run(args));
  }
}
