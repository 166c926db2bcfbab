package io.schemaforge.app.ui.canvas;

import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The small panel over the canvas while long work of the window runs in the background (an
 * auto-layout, an image export): what is being done, the time so far and the current step, a bar
 * (indeterminate unless the work says how far it is), and Cancel — Esc does the same, caught before
 * the canvas would take it as "clear the selection". Steps may arrive on any thread and are shown
 * four times a second.
 */
public final class ProgressOverlay extends HBox {
  private final AtomicReference<String> step = new AtomicReference<>("");
  private final Label detail = new Label();
  private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
  // Negative while the work cannot tell how far it is (ELK), as the bar's indeterminate value.
  private volatile double done = ProgressBar.INDETERMINATE_PROGRESS;
  private final Timeline ticker;
  private final long started = System.nanoTime();
  private final CanvasView canvasView;
  private Scene escapeScene;
  private final EventHandler<KeyEvent> escapeFilter;

  private ProgressOverlay(CanvasView canvasView, String title, Runnable onCancel) {
    this.canvasView = canvasView;
    getStyleClass().add("progress-overlay");
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
    bar.setPrefWidth(160);
    VBox text = new VBox(4, heading, detail);
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(false);
    cancel.setOnAction(e -> onCancel.run());
    getChildren().addAll(text, bar, cancel);
    escapeFilter =
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            onCancel.run();
            e.consume();
          }
        };
    ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> refresh()));
    ticker.setCycleCount(Timeline.INDEFINITE);
    refresh();
  }

  /** Shows a panel over the canvas and listens for Esc; call on the FX thread. */
  public static ProgressOverlay show(CanvasView canvasView, String title, Runnable onCancel) {
    ProgressOverlay panel = new ProgressOverlay(canvasView, title, onCancel);
    canvasView.setOverlay(panel);
    if (canvasView.getScene() != null) {
      panel.escapeScene = canvasView.getScene();
      panel.escapeScene.addEventFilter(KeyEvent.KEY_PRESSED, panel.escapeFilter);
    }
    panel.ticker.play();
    return panel;
  }

  /** The step under way ("tile 3 of 12"); callable from any thread. */
  public void step(String name) {
    step.set(name);
  }

  /** How much is done, 0 to 1, when the work can tell; callable from any thread. */
  public void progress(double fraction) {
    done = Math.max(0, Math.min(1, fraction));
  }

  /** Takes the panel away and stops listening for Esc; call on the FX thread. */
  public void close() {
    ticker.stop();
    canvasView.setOverlay(null);
    if (escapeScene != null) {
      escapeScene.removeEventFilter(KeyEvent.KEY_PRESSED, escapeFilter);
      escapeScene = null;
    }
  }

  private void refresh() {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    String s = step.get();
    detail.setText(seconds + " s" + (s.isEmpty() ? "" : " · " + s) + " · Esc cancels");
    bar.setProgress(done);
  }
}
