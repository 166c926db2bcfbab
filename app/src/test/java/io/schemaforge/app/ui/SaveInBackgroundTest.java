package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.projectfile.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Save in the real window: the snapshot is written on another thread while the window goes
 * on answering, an edit made meanwhile keeps the document dirty, and closing waits for the file.
 * The writer is held on a latch, so "the FX thread is free" is a fact the test checks, not a
 * timing.
 */
@ExtendWith(ApplicationExtension.class)
class SaveInBackgroundTest {
  @TempDir Path work;
  private MainWindow window;
  private final CountDownLatch writing = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicReference<Thread> writer = new AtomicReference<>();

  @Start
  void start(Stage stage) {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, null);
  }

  /** Writes like the app does, once the test lets it. */
  private void holdTheWriter(MainWindow w) {
    w.viewModel()
        .writeSavesWith(
            (snapshot, file) -> {
              writer.set(Thread.currentThread());
              writing.countDown();
              try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                  throw new IOException("the test never let the save finish");
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
              }
              ProjectFiles.save(snapshot, file);
            });
  }

  @Test
  void aBigModelIsSavedOffTheFxThreadAndAnEditMeanwhileStaysUnsaved(FxRobot robot)
      throws Exception {
    Model big = bigModel(1000);
    runOnFx(() -> window.viewModel().document().openUnsaved(big, null));
    holdTheWriter(window);
    Path file = work.resolve("big" + ProjectFiles.EXTENSION);
    String atSave = ProjectFileWriter.toJson(big);

    CompletableFuture<Boolean> saved = onFx(() -> window.viewModel().saveAs(file));
    assertThat(writing.await(10, TimeUnit.SECONDS)).as("the writer started").isTrue();

    // The writer is held, yet the FX thread answers: the bar says what is going on, and an edit
    // goes through.
    assertThat(saved).isNotDone();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status(robot)).isEqualTo("Saving big.schemaforge.json…");
    assertThat(window.viewModel().savingProperty().get()).isTrue();
    Screenshots.save(window.scene(), "saving-in-background.png");
    runOnFx(
        () ->
            window.viewModel().document().execute(AddEntityCommand.withIdKey("Later", 0, 40_000)));
    assertThat(window.viewModel().document().entityCountProperty().get()).isEqualTo(1001);
    assertThat(writer.get()).isNotNull();
    assertThat(writer.get().getName()).isEqualTo("schemaforge-save");

    release.countDown();
    assertThat(saved.get(30, TimeUnit.SECONDS)).isTrue();
    WaitForAsyncUtils.waitForFxEvents();

    // The file holds the model as it was when Save was chosen, not the edit made meanwhile.
    assertThat(ProjectFileWriter.toJson(ProjectFiles.load(file))).isEqualTo(atSave);
    assertThat(window.viewModel().savingProperty().get()).isFalse();
    assertThat(status(robot)).isEqualTo("Saved big.schemaforge.json");
    assertThat(window.stage().getTitle()).isEqualTo("*big.schemaforge.json — Schemaforge");
    assertThat(window.viewModel().recentFiles().files()).contains(file.toAbsolutePath());
    // Undoing the edit returns to exactly what the file holds.
    runOnFx(() -> window.viewModel().document().undo());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.viewModel().document().dirtyProperty().get()).isFalse();
  }

  @Test
  void closingRightAfterSaveWaitsForTheFileAndThenCloses() throws Exception {
    Stage[] other = new Stage[1];
    MainWindow[] second = new MainWindow[1];
    onFx(
        () -> {
          other[0] = new Stage();
          second[0] = SchemaforgeApp.show(other[0], null);
          second[0].viewModel().document().execute(AddEntityCommand.withIdKey("Order", 0, 0));
          return null;
        });
    holdTheWriter(second[0]);
    Path file = work.resolve("closing" + ProjectFiles.EXTENSION);
    CompletableFuture<Boolean> saved = onFx(() -> second[0].viewModel().saveAs(file));
    assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

    // The user closes the window while the file is being written: no question, no closing yet.
    runOnFx(() -> other[0].fireEvent(new WindowEvent(other[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(other[0].isShowing()).isTrue();

    release.countDown();
    assertThat(saved.get(30, TimeUnit.SECONDS)).isTrue();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !other[0].isShowing());
    assertThat(Files.isRegularFile(file)).isTrue();
  }

  @Test
  void aWindowWithNothingUnsavedClosesAtOnce() throws Exception {
    Stage other =
        onFx(
            () -> {
              Stage stage = new Stage();
              SchemaforgeApp.show(stage, null);
              stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
              return stage;
            });

    assertThat(other.isShowing()).isFalse();
  }

  static Model bigModel(int entities) {
    Model m = Model.empty("big", Dialect.POSTGRES, "com.example.big");
    CommandStack stack = new CommandStack(m);
    for (int i = 0; i < entities; i++) {
      stack.execute(AddEntityCommand.withIdKey("Thing" + i, (i % 40) * 300, (i / 40) * 200));
    }
    return m;
  }

  private static String status(FxRobot robot) {
    return robot.lookup(".status-activity").queryAs(Label.class).getText();
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }

  private static void runOnFx(Runnable work) throws Exception {
    WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}
