package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.files.RecoveryStore;
import io.schemaforge.app.ui.files.SettingsFolder;
import io.schemaforge.validation.RuleRegistry;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Unsaved work of an earlier session is read in the background at start and offered in the banner
 * once read, also when the window starts on a file named on the command line.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAtStartTest {
  @Start
  void start(Stage stage) {
    TestSettings.clear();
  }

  @Test
  void theBannerAppearsOnceTheCopyIsRead() throws Exception {
    leaveARecoveryCopy();

    Stage stage = startWindowOn(null);

    assertThat(bannerText(stage)).startsWith("Unsaved changes to an untitled model from");
    WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
  }

  @Test
  void theCopyIsOfferedWhenTheWindowStartsOnAFile() throws Exception {
    leaveARecoveryCopy();

    Stage stage = startWindowOn(Examples.path("blog"));

    // Opening the file must not throw the copy away before it was read.
    assertThat(bannerText(stage)).startsWith("Unsaved changes to an untitled model from");
    WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
  }

  @Test
  void aCopyReadBeforeTheWindowIsBuiltIsWordedToo() throws Exception {
    leaveARecoveryCopy();
    MainWindowViewModel viewModel =
        WaitForAsyncUtils.asyncFx(
                () -> new MainWindowViewModel(FxThread.INSTANCE, RuleRegistry.builtIn()))
            .get(30, TimeUnit.SECONDS);
    // The read can finish before the window is wired; here it always does.
    WaitForAsyncUtils.asyncFx(viewModel::checkRecovery)
        .get(30, TimeUnit.SECONDS)
        .get(30, TimeUnit.SECONDS);
    assertThat(viewModel.recoveryOfferProperty().get()).isNotNull();

    Stage stage =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Stage s = new Stage();
                  MainWindow.create(s, viewModel);
                  s.show();
                  return s;
                })
            .get(30, TimeUnit.SECONDS);

    assertThat(bannerText(stage)).startsWith("Unsaved changes to an untitled model from");
    WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
  }

  private static void leaveARecoveryCopy() throws Exception {
    new RecoveryStore(SettingsFolder.path())
        .write(SaveInBackgroundTest.bigModel(3).snapshot(), null)
        .get(30, TimeUnit.SECONDS);
  }

  private static Stage startWindowOn(Path file) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              Stage stage = new Stage();
              SchemaforgeApp.show(stage, file);
              return stage;
            })
        .get(30, TimeUnit.SECONDS);
  }

  private static String bannerText(Stage stage) throws Exception {
    HBox banner = (HBox) stage.getScene().lookup(".recovery-banner");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, banner::isVisible);
    WaitForAsyncUtils.waitForFxEvents();
    return ((Label) banner.lookup(".recovery-text")).getText();
  }
}
