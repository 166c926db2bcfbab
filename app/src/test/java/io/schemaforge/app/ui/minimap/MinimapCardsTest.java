package io.schemaforge.app.ui.minimap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The minimap's cards, blended into pixels, look as the same rectangles filled on a canvas. */
@ExtendWith(ApplicationExtension.class)
class MinimapCardsTest {
  private static final Color CARD = Color.rgb(110, 120, 140, 0.65);
  private static final Color SELECTED = Color.rgb(9, 105, 218, 0.95);

  @Start
  void start(Stage stage) {
    // The toolkit is all these tests need.
  }

  @Test
  void overlappingAndFractionalRectanglesMatchACanvasFill(FxRobot robot) {
    Random random = new Random(7);
    List<Rectangle2D> rects = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      rects.add(
          new Rectangle2D(
              random.nextDouble() * 170,
              random.nextDouble() * 110,
              0.3 + random.nextDouble() * 12,
              0.3 + random.nextDouble() * 8));
    }
    AtomicReference<PixelReader> expected = new AtomicReference<>();
    MinimapCards cards = new MinimapCards(MinimapView.WIDTH, MinimapView.HEIGHT, 1);
    robot.interact(
        () -> {
          Canvas canvas = new Canvas(MinimapView.WIDTH, MinimapView.HEIGHT);
          GraphicsContext g = canvas.getGraphicsContext2D();
          cards.clear();
          for (int i = 0; i < rects.size(); i++) {
            Rectangle2D r = rects.get(i);
            Color c = i % 10 == 0 ? SELECTED : CARD;
            g.setFill(c);
            g.fillRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
            cards.fill(r, c);
          }
          cards.publish();
          SnapshotParameters p = new SnapshotParameters();
          p.setFill(Color.TRANSPARENT);
          WritableImage shot = canvas.snapshot(p, null);
          expected.set(shot.getPixelReader());
        });
    PixelReader mine = cards.image().getPixelReader();
    int covered = 0;
    int worst = 0;
    String where = "";
    for (int y = 0; y < MinimapView.HEIGHT; y++) {
      for (int x = 0; x < MinimapView.WIDTH; x++) {
        int a = premultiplied(expected.get().getArgb(x, y));
        int b = premultiplied(mine.getArgb(x, y));
        covered += (a >>> 24) > 0 ? 1 : 0;
        for (int shift = 0; shift < 32; shift += 8) {
          int d = Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff));
          if (d > worst) {
            worst = d;
            where = String.format("(%d, %d): canvas %08x, minimap %08x", x, y, a, b);
          }
        }
      }
    }
    assertThat(covered).as("pixels the rectangles cover").isGreaterThan(2000);
    // Antialiased edges differ by a rounding step or two, nothing a user could see.
    assertThat(worst).as("largest difference of a channel, at " + where).isLessThanOrEqualTo(12);
  }

  /** Non-premultiplied colour is meaningless where a pixel is nearly transparent. */
  private static int premultiplied(int argb) {
    int a = argb >>> 24;
    int r = ((argb >> 16) & 0xff) * a / 255;
    int g = ((argb >> 8) & 0xff) * a / 255;
    int b = (argb & 0xff) * a / 255;
    return (a << 24) | (r << 16) | (g << 8) | b;
  }

  @Test
  void aCardShowsInItsColourAndNothingElsewhere(FxRobot robot) {
    MinimapCards cards = new MinimapCards(MinimapView.WIDTH, MinimapView.HEIGHT, 2);
    robot.interact(
        () -> {
          cards.clear();
          cards.fill(new Rectangle2D(10, 10, 20, 10), SELECTED);
          cards.publish();
        });
    int inside = cards.pixelAt(20, 15);
    assertThat(inside >>> 24).isEqualTo(Math.round(0.95f * 255));
    assertThat(inside & 0xff).as("blue, premultiplied").isEqualTo(Math.round(218 * 0.95f));
    assertThat(cards.pixelAt(40, 15)).isZero();
    assertThat(cards.image().getWidth()).isEqualTo(2 * MinimapView.WIDTH);
  }
}
