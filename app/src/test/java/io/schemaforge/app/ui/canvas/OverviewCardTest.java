package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A card drawn zoomed out, as the canvas draws it: its name comes out as lines of text, top first.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewCardTest {
  private static final Rectangle2D CARD = new Rectangle2D(0, 0, 240, 300);

  @Start
  void start(Stage stage) {
    // The toolkit is all these tests need.
  }

  @Test
  void aLongNameAt24PercentIsThreeLinesOfText(FxRobot robot) {
    List<int[]> bands = textBands(robot, "CatalogInvoiceEntry", 0.24);

    assertThat(bands).as("rows of dark pixels: %s", describe(bands)).hasSize(3);
    for (int[] band : bands) {
      assertThat(band[1] - band[0] + 1).as("a line of text, in pixels").isGreaterThanOrEqualTo(6);
    }
    // From the top: the first line starts in the upper quarter of the card.
    assertThat(bands.get(0)[0]).isLessThan((int) (CARD.getHeight() * 0.24 / 4));
  }

  @Test
  void boxesShowNamesFrom15PercentWhereTheyRead(FxRobot robot) {
    // At 10 % (a large model's fitted zoom) boxes are plain: even a short name is left out.
    assertThat(textBands(robot, "Tax", 0.10)).isEmpty();
    assertThat(textBands(robot, "Tax", 0.16)).hasSize(1);
    // A name of one long word cannot be broken: at 16 % it would be under 6 pixels, left out.
    assertThat(textBands(robot, "Internationalization", 0.16)).isEmpty();
  }

  /** The runs of pixel rows, inside the card and below its stripe, that hold dark (text) pixels. */
  private static List<int[]> textBands(FxRobot robot, String name, double zoom) {
    int w = (int) Math.ceil(CARD.getWidth() * zoom);
    int h = (int) Math.ceil(CARD.getHeight() * zoom);
    AtomicReference<PixelReader> pixels = new AtomicReference<>();
    robot.interact(
        () -> {
          Canvas canvas = new Canvas(w, h);
          GraphicsContext gc = canvas.getGraphicsContext2D();
          gc.scale(zoom, zoom);
          new EntityCardRenderer(gc, CanvasTheme.LIGHT, new TextMeasurer())
              .draw(
                  new Entity("ent_1", name, "t"),
                  CARD,
                  new EntityCardRenderer.CardState(null, false, false, Set.of(), 0, 0),
                  zoom);
          pixels.set(canvas.snapshot(null, null).getPixelReader());
        });
    List<int[]> bands = new ArrayList<>();
    int start = -1;
    // Below the accent stripe and the frame, inside the left and right borders.
    for (int y = 4; y < h - 2; y++) {
      boolean dark = false;
      for (int x = 2; x < w - 2 && !dark; x++) {
        Color c = pixels.get().getColor(x, y);
        dark = c.getBrightness() < 0.5;
      }
      if (dark && start < 0) {
        start = y;
      } else if (!dark && start >= 0) {
        bands.add(new int[] {start, y - 1});
        start = -1;
      }
    }
    if (start >= 0) {
      bands.add(new int[] {start, h - 3});
    }
    return bands;
  }

  private static String describe(List<int[]> bands) {
    StringBuilder s = new StringBuilder();
    for (int[] b : bands) {
      s.append(b[0]).append('–').append(b[1]).append(' ');
    }
    return s.toString();
  }
}
