package io.schemaforge.app.ui;

import io.schemaforge.validation.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window on the model named by the first parameter (or an empty
 * model). Started through {@link DesktopLauncher}, since a class path launch cannot start an {@code
 * Application} subclass as its main class.
 */
public final class SchemaforgeApp extends Application {
  private static final System.Logger LOG = System.getLogger(SchemaforgeApp.class.getName());

  /**
   * A model file this large (about 200 entities) is read after the window is up, as File ▸ Open
   * reads it; a smaller one is read before, so the window never shows an empty diagram first.
   */
  static final long READ_IN_BACKGROUND_FROM_BYTES = 1024 * 1024;

  @Override
  public void start(Stage stage) {
    List<String> args = getParameters().getRaw();
    showOpening(stage, args.isEmpty() ? null : Path.of(args.get(0)), READ_IN_BACKGROUND_FROM_BYTES);
  }

  /**
   * Opens the main window on the model named on the command line. A file of {@code
   * backgroundFromBytes} or more is read and checked off the FX thread once the window is showing
   * (a 5,000-entity model takes seconds: the window paints, says it is opening the file and answers
   * meanwhile); a smaller one, or one whose size cannot be read, is opened before the window shows.
   */
  static MainWindow showOpening(Stage stage, Path file, long backgroundFromBytes) {
    if (file == null || size(file) < backgroundFromBytes) {
      return show(stage, file);
    }
    MainWindow window = show(stage, null);
    window.viewModel().openInBackground(file);
    return window;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException | SecurityException e) {
      return -1; // opened at once, which reports why it cannot be read
    }
  }

  /**
   * Opens the main window on a stage; a file that cannot be loaded leaves an empty model and a
   * message in the window. Tests call this to start the real window.
   */
  public static MainWindow show(Stage stage, Path file) {
    MainWindowViewModel viewModel =
        new MainWindowViewModel(FxThread.INSTANCE, RuleRegistry.builtIn());
    // Before opening the file, which removes the recovery copy: the copy is read first (in the
    // background, in turn) and offered in the banner once read.
    viewModel.checkRecovery();
    viewModel.openAtStartup(file);
    MainWindow window = MainWindow.create(stage, viewModel);
    // A bug in a handler should be reported in the window and logged, not end the session.
    Thread.currentThread()
        .setUncaughtExceptionHandler(
            (thread, e) -> {
              LOG.log(System.Logger.Level.ERROR, "unexpected error", e);
              Platform.runLater(
                  () ->
                      viewModel.showMessage(
                          "Something went wrong ("
                              + e.getClass().getSimpleName()
                              + "); details are in the log."));
            });
    stage.show();
    return window;
  }
}
