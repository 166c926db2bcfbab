package io.schemaforge.app.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.app.ui.MainWindow;
import io.schemaforge.app.ui.SchemaforgeApp;
import io.schemaforge.app.ui.Screenshots;
import io.schemaforge.app.ui.TestSettings;
import io.schemaforge.command.MoveEntitiesCommand;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export Image… in the real window (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class ExportImageActionTest {
  @TempDir Path dir;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, Examples.path("blog"));
  }

  @Test
  void theFileMenuHasExportImageWithItsShortcut(FxRobot robot) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    Optional<MenuItem> item =
        bar.getMenus().get(0).getItems().stream()
            .filter(i -> "Export _Image…".equals(i.getText()))
            .findFirst();
    assertThat(item).isPresent();
    assertThat(item.get().getAccelerator())
        .isEqualTo(KeyCodeCombination.keyCombination("Shortcut+Alt+E"));
    assertThat(item.get().isDisable()).isFalse();
  }

  @Test
  void exportsTheWholeDiagramAsPngAtTwiceItsSize(FxRobot robot) throws Exception {
    Path png = dir.resolve("blog.png");
    ExportImageAction action =
        new ExportImageAction(window.stage(), window.viewModel(), window.canvasView());
    Optional<DiagramImages.Written> written = run(robot, action, png);
    assertThat(written).isPresent();
    assertThat(written.get().entities()).isEqualTo(4);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(written.get().width());
    assertThat(image.getWidth()).isGreaterThan(1500); // 4 cards side by side, at scale 2
    assertThat(window.viewModel().activityProperty().get()).startsWith("Exported the diagram: ");
    assertThat(window.viewModel().messageProperty().get()).isNull();
  }

  @Test
  void exportsOnlyTheSelectionAsSvg(FxRobot robot) throws Exception {
    Path svg = dir.resolve("part.svg");
    robot.interact(
        () ->
            window
                .viewModel()
                .canvas()
                .selection()
                .selectEntities(List.of("ent_post", "ent_comment")));
    ExportImageAction action =
        new ExportImageAction(window.stage(), window.viewModel(), window.canvasView());
    Optional<DiagramImages.Written> written = run(robot, action, svg);

    assertThat(written).isPresent();
    assertThat(written.get().entities()).isEqualTo(2);
    assertThat(written.get().relationships()).isEqualTo(1);
    String text = Files.readString(svg);
    assertThat(text).contains(">Post</text>", ">Comment</text>").doesNotContain(">User</text>");
    assertThat(window.viewModel().activityProperty().get()).startsWith("Exported the selection: ");
    assertThat(window.viewModel().messageProperty().get()).isNull();
  }

  @Test
  void aLargePngIsPaintedTileByTileBehindAProgressPanel(FxRobot robot) throws Exception {
    spreadTheCards(robot);
    Path png = dir.resolve("wide.png");
    ExportImageAction action =
        new ExportImageAction(window.stage(), window.viewModel(), window.canvasView());

    @SuppressWarnings("unchecked")
    CompletableFuture<Optional<DiagramImages.Written>>[] started = new CompletableFuture[1];
    boolean[] panelAtOnce = new boolean[1];
    robot.interact(
        () -> {
          started[0] = action.export(png);
          // export() returned before painting: the panel is up and the work is still to come.
          panelAtOnce[0] = !started[0].isDone() && progressPanels(robot) == 1;
        });
    Optional<DiagramImages.Written> written = started[0].get(60, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(panelAtOnce[0]).isTrue();
    assertThat(written).isPresent();
    assertThat(written.get().width()).as("several 2048-pixel tiles across").isGreaterThan(4096);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(written.get().width());
    assertThat(image.getHeight()).isEqualTo(written.get().height());
    assertThat(progressPanels(robot)).isZero();
    assertThat(window.viewModel().activityProperty().get()).startsWith("Exported the diagram: ");
    assertThat(window.viewModel().messageProperty().get()).isNull();
  }

  @Test
  void escCancelsAnExportAndNothingIsWritten(FxRobot robot) throws Exception {
    spreadTheCards(robot);
    Path png = dir.resolve("cancelled.png");
    // The export's turns of the FX thread wait in a queue of the test's, so Esc surely comes
    // between two tiles, not after the last.
    Queue<Runnable> turns = new ConcurrentLinkedQueue<>();
    ExportImageAction action =
        new ExportImageAction(window.stage(), window.viewModel(), window.canvasView(), turns::add);
    @SuppressWarnings("unchecked")
    CompletableFuture<Optional<DiagramImages.Written>>[] started = new CompletableFuture[1];
    robot.interact(() -> started[0] = action.export(png));
    // The picture is laid out in the background, which then asks for the first tile.
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !turns.isEmpty());
    robot.interact(() -> turns.poll().run()); // the first tile
    assertThat(progressPanels(robot)).isEqualTo(1);
    WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the panel shows its step
    robot.interact(() -> Screenshots.save(window.scene(), "export-image-progress.png"));

    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    robot.interact(
        () -> {
          for (Runnable r; (r = turns.poll()) != null; ) {
            r.run();
          }
        });
    Optional<DiagramImages.Written> written = started[0].get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(written).isEmpty();
    assertThat(png).doesNotExist();
    assertThat(action.running()).isFalse();
    assertThat(progressPanels(robot)).isZero();
    assertThat(window.viewModel().activityProperty().get())
        .isEqualTo("Image export cancelled; nothing was written");
  }

  @Test
  void aPngTooLargeForMemoryIsRefusedWithTheReasonAndNothingIsWritten(FxRobot robot)
      throws Exception {
    robot.interact(
        () ->
            window
                .viewModel()
                .document()
                .execute(
                    new MoveEntitiesCommand(Map.of("ent_tag", new double[] {90_000, 90_000}))));
    Path png = dir.resolve("huge.png");

    Optional<DiagramImages.Written> written =
        run(
            robot,
            new ExportImageAction(window.stage(), window.viewModel(), window.canvasView()),
            png);

    assertThat(written).isEmpty();
    assertThat(png).doesNotExist();
    assertThat(progressPanels(robot)).isZero();
    assertThat(window.viewModel().messageProperty().get())
        .startsWith("Could not export " + png)
        .contains("pixels, more than 250,000,000");
  }

  /** Moves the tag card far to the right, so the diagram is several PNG tiles wide. */
  private void spreadTheCards(FxRobot robot) {
    robot.interact(
        () ->
            window
                .viewModel()
                .document()
                .execute(new MoveEntitiesCommand(Map.of("ent_tag", new double[] {5000, 40}))));
  }

  private int progressPanels(FxRobot robot) {
    return robot.lookup(".progress-overlay").queryAll().size();
  }

  private static Optional<DiagramImages.Written> run(
      FxRobot robot, ExportImageAction action, Path file) throws Exception {
    @SuppressWarnings("unchecked")
    CompletableFuture<Optional<DiagramImages.Written>>[] result = new CompletableFuture[1];
    robot.interact(() -> result[0] = action.export(file));
    Optional<DiagramImages.Written> written = result[0].get(60, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    return written;
  }
}
