package io.schemaforge.app.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.app.ui.MainWindow;
import io.schemaforge.app.ui.SchemaforgeApp;
import io.schemaforge.app.ui.TestSettings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
    ExportImageAction action = new ExportImageAction(window.stage(), window.viewModel());
    Optional<DiagramImages.Written> written = run(robot, action, png);
    assertThat(written).isPresent();
    assertThat(written.get().entities()).isEqualTo(4);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(written.get().width());
    assertThat(image.getWidth()).isGreaterThan(1500); // 4 cards side by side, at scale 2
    assertThat(window.viewModel().messageProperty().get()).contains("Exported the diagram");
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
    ExportImageAction action = new ExportImageAction(window.stage(), window.viewModel());
    Optional<DiagramImages.Written> written = run(robot, action, svg);

    assertThat(written).isPresent();
    assertThat(written.get().entities()).isEqualTo(2);
    assertThat(written.get().relationships()).isEqualTo(1);
    String text = Files.readString(svg);
    assertThat(text).contains(">Post</text>", ">Comment</text>").doesNotContain(">User</text>");
    assertThat(window.viewModel().messageProperty().get()).contains("Exported the selection");
  }

  private static Optional<DiagramImages.Written> run(
      FxRobot robot, ExportImageAction action, Path file) {
    @SuppressWarnings("unchecked")
    Optional<DiagramImages.Written>[] result = new Optional[1];
    robot.interact(() -> result[0] = action.export(file));
    WaitForAsyncUtils.waitForFxEvents();
    return result[0];
  }
}
