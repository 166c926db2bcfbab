package io.schemaforge.app.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Refreshes the recovery copy every few seconds while the window is open, so a crash loses at most
 * that much work. It ticks on the FX thread, which owns the model, so each snapshot is whole.
 */
final class AutosaveTimer {
  /** How often the recovery copy is refreshed while there are unsaved changes. */
  static final Duration EVERY = Duration.seconds(5);

  private AutosaveTimer() {}

  static void start(MainWindowViewModel viewModel) {
    Timeline autosave =
        new Timeline(
            new KeyFrame(
                EVERY,
                e -> {
                  // Only a snapshot is taken here (the file is written in the background), and
                  // not in the middle of a drag: the next tick after it catches up.
                  if (viewModel.canvas().movingEntitiesProperty().get().isEmpty()) {
                    viewModel.autosave();
                  }
                }));
    autosave.setCycleCount(Timeline.INDEFINITE);
    autosave.play();
  }
}
