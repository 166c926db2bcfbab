package io.schemaforge.app.ui.layout;

import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The small panel over the canvas while an auto-layout runs: what is being arranged, the time so
 * far and ELK's current phase, an indeterminate bar (ELK does not tell how far it is), and Cancel
 * (Esc does the same). Phases arrive on the layout thread and are shown four times a second.
 */
final class AutoLayoutProgress extends HBox {
  private final AtomicReference<String> phase = new AtomicReference<>("");
  private final Label detail = new Label();
  private final Timeline ticker;
  private final long started = System.nanoTime();

  AutoLayoutProgress(String title, Runnable onCancel) {
    getStyleClass().add("auto-layout-progress");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(14);
    setPadding(new Insets(10, 14, 10, 14));
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    // Looked-up colours of the theme, so the panel follows light and dark.
    setStyle(
        "-fx-background-color: -color-bg-overlay; -fx-background-radius: 8;"
            + " -fx-border-color: -color-border-default; -fx-border-radius: 8;"
            + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.18), 12, 0, 0, 3);");
    Label heading = new Label(title);
    heading.setStyle("-fx-font-weight: bold;");
    detail.setStyle("-fx-text-fill: -color-fg-muted;");
    detail.setMinWidth(260);
    ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    bar.setPrefWidth(160);
    VBox text = new VBox(4, heading, detail);
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(false);
    cancel.setOnAction(e -> onCancel.run());
    getChildren().addAll(text, bar, cancel);
    ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> refresh()));
    ticker.setCycleCount(Timeline.INDEFINITE);
    refresh();
    ticker.play();
  }

  /** ELK began a phase; callable from any thread. */
  void phase(String name) {
    phase.set(name);
  }

  void stop() {
    ticker.stop();
  }

  private void refresh() {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    String p = phase.get();
    detail.setText(seconds + " s" + (p.isEmpty() ? "" : " · " + p) + " · Esc cancels");
  }
}
