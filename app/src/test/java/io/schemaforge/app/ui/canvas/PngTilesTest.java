package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A PNG is the same whatever its tiles: each tile draws only what reaches into it, and nothing that
 * reaches in may be missed (a card's shadow, a line's label just beyond the tile's edge).
 */
@ExtendWith(ApplicationExtension.class)
class PngTilesTest {
  @Start
  void start(Stage stage) {
    // The toolkit is all these tests need.
  }

  @Test
  void smallTilesPaintTheSamePixelsAsOneLargeTile(FxRobot robot) throws Exception {
    Model blog = ProjectFiles.load(Examples.path("blog"));
    // Wide enough for several small tiles, with cards and lines across their seams.
    new CommandStack(blog)
        .execute(new MoveEntitiesCommand(Map.of("ent_tag", new double[] {1500, 700})));
    DiagramPicture picture = DiagramPicture.whole(blog);
    AtomicReference<BufferedImage> whole = new AtomicReference<>();
    AtomicReference<BufferedImage> tiled = new AtomicReference<>();
    int[] tileCount = new int[1];
    robot.interact(
        () -> {
          whole.set(DiagramPngPainter.paint(picture, CanvasTheme.LIGHT, 1));
          DiagramPngPainter.Tiles tiles =
              DiagramPngPainter.tiles(picture, CanvasTheme.LIGHT, 1, 256);
          tileCount[0] = tiles.count();
          while (!tiles.done()) {
            tiles.paintNext();
          }
          tiled.set(tiles.image());
        });

    assertThat(tileCount[0]).isGreaterThan(20);
    assertThat(whole.get().getWidth()).isLessThanOrEqualTo(2048); // one tile of the default size
    assertThat(tiled.get().getWidth()).isEqualTo(whole.get().getWidth());
    assertThat(tiled.get().getHeight()).isEqualTo(whole.get().getHeight());
    long differing = 0;
    for (int y = 0; y < whole.get().getHeight(); y++) {
      for (int x = 0; x < whole.get().getWidth(); x++) {
        if (whole.get().getRGB(x, y) != tiled.get().getRGB(x, y)) {
          differing++;
        }
      }
    }
    assertThat(differing).isZero();
  }
}
