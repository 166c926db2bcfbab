package io.schemaforge.app.ui;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Runs work on the JavaFX application thread: at once when already there, otherwise queued. View
 * models take an {@link Executor} instead of calling {@link Platform} directly, so tests can run
 * them without starting the toolkit ({@code Runnable::run}).
 */
public final class FxThread implements Executor {
  public static final FxThread INSTANCE = new FxThread();

  private FxThread() {}

  @Override
  public void execute(Runnable work) {
    if (Platform.isFxApplicationThread()) {
      work.run();
    } else {
      Platform.runLater(work);
    }
  }
}
