package io.schemaforge.app.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.FxThread;
import io.schemaforge.app.ui.Screenshots;
import io.schemaforge.app.ui.Theme;
import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.importer.ImportStep;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Open Project dialog while an import runs: a counted step fills the progress bar to its share
 * and its text (a long hawkBit file name on a MariaDB server) is readable in the status line;
 * Cancel stops waiting and nothing later changes the dialog.
 */
@ExtendWith(ApplicationExtension.class)
class OpenProjectDialogProgressTest {
  private static final String STEP =
      "Replaying V1_12_8__change_length_of_created_last_modified_by___MYSQL.sql (27 of 37) on"
          + " MariaDB 10.11.19-MariaDB-0+deb12u1 at…";

  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final CountDownLatch release = new CountDownLatch(1);
  private OpenProjectDialog dialog;
  @TempDir Path project;

  @Start
  void start(Stage stage) {
    OpenProjectViewModel vm =
        new OpenProjectViewModel(
            (options, progress) -> {
              progress.step(ImportStep.of(ImportStep.Phase.READING_FILES, "Reading the files"));
              progress.step(new ImportStep(ImportStep.Phase.REPLAYING, STEP, 26, 37));
              try {
                release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // Cancel interrupts; the result is dropped
              }
              throw new ImportException("released");
            },
            background,
            FxThread.INSTANCE,
            model -> {});
    dialog = new OpenProjectDialog(stage, vm, Theme.LIGHT);
    dialog.show();
  }

  @AfterEach
  void stop() {
    release.countDown();
    background.shutdownNow();
  }

  @Test
  void aCountedStepFillsTheBarAndItsTextIsShownWhole(FxRobot robot) throws Exception {
    robot.clickOn(".import-folder-field").write(project.toString());
    robot.clickOn(".import-button");
    Label status = (Label) dialog.stage().getScene().lookup(".import-status");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Replaying"));
    WaitForAsyncUtils.waitForFxEvents();

    ProgressBar bar = (ProgressBar) dialog.stage().getScene().lookup(".import-progress");
    assertThat(bar.isVisible()).isTrue();
    assertThat(bar.getProgress()).isCloseTo(26.0 / 37, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(status.getText()).isEqualTo(STEP);
    // Wrapped, not cut: the label is as tall as its text needs at its width.
    assertThat(status.getHeight())
        .isGreaterThanOrEqualTo(status.prefHeight(status.getWidth()) - 0.5);
    Screenshots.save(dialog.stage().getScene(), "open-project-replaying.png");

    robot.clickOn(".import-cancel");
    release.countDown();
    background.shutdown();
    assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status.getText()).startsWith("Import cancelled");
    assertThat(bar.isVisible()).isFalse();
  }
}
