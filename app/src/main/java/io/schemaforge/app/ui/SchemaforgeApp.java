package io.schemaforge.app.ui;

import io.schemaforge.validation.RuleRegistry;
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

  @Override
  public void start(Stage stage) {
    List<String> args = getParameters().getRaw();
    show(stage, args.isEmpty() ? null : Path.of(args.get(0)));
  }

  /**
   * Opens the main window on a stage; a file that cannot be loaded leaves an empty model and a
   * message in the window. Tests call this to start the real window.
   */
  public static MainWindow show(Stage stage, Path file) {
    MainWindowViewModel viewModel =
        new MainWindowViewModel(FxThread.INSTANCE, RuleRegistry.builtIn());
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
