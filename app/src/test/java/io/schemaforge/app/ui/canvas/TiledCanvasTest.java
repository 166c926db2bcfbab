package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.RuleRegistry;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas composed from cached tiles, rendered for real (headless Monocle, software pipeline):
 * after every change the window shows exactly what drawing everything afresh shows, and a pan over
 * ground already seen renders no tile.
 */
@ExtendWith(ApplicationExtension.class)
class TiledCanvasTest {
  private DocumentViewModel document;
  private CanvasViewModel vm;
  private CanvasView view;

  @Start
  void start(Stage stage) throws Exception {
    document = new DocumentViewModel(Runnable::run, RuleRegistry.builtIn());
    document.open(ProjectFiles.load(Examples.path("blog")), Examples.path("blog"));
    vm = new CanvasViewModel(document);
    view = new CanvasView(vm);
    stage.setScene(new Scene(view, 1000, 700));
    stage.show();
  }

  @Test
  void aPanShowsWhatAFullDrawShowsAndGroundAlreadySeenRendersNoTile() throws Exception {
    atFullSize();
    assertSamePictureAsAFullDraw();

    act(() -> vm.panBy(-70, -45));
    assertSamePictureAsAFullDraw();
    long rendered = onFx(view::tilesRendered);
    act(() -> vm.panBy(70, 45));
    assertSamePictureAsAFullDraw();
    act(() -> vm.panBy(-70, -45));

    assertThat(onFx(view::tilesRendered)).isEqualTo(rendered);
    assertSamePictureAsAFullDraw();
  }

  @Test
  void movingACardRedrawsTheTilesAtItsOldAndNewPlace() throws Exception {
    atFullSize();
    String id = onFx(() -> vm.visibleEntityIds().get(0));
    Rectangle2D before = vm.geometry().card(id).orElseThrow();
    Rectangle2D area = vm.visibleArea();
    // Into another column of tiles (512 px at 100 %), still in view, clear of the other cards.
    double x = area.getMaxX() - before.getWidth() - 20;
    double y = area.getMaxY() - before.getHeight() - 20;
    Color cardFill = onFx(() -> view.theme().cardFill());
    Point2D oldCentre = centreOnScreen(before);
    assertThat(pixel(oldCentre)).isNotEqualTo(onFx(() -> view.theme().background()));

    act(() -> document.execute(MoveEntitiesCommand.single(id, x, y)));

    Rectangle2D after = vm.geometry().card(id).orElseThrow();
    assertThat(Math.floor(after.getMinX() * vm.zoomProperty().get() / DiagramTiles.SIZE))
        .as("the card lands in another tile column")
        .isNotEqualTo(Math.floor(before.getMinX() * vm.zoomProperty().get() / DiagramTiles.SIZE));
    assertSamePictureAsAFullDraw();
    // A row of the card's body, below its header: the card's fill where it is now.
    Point2D body = onFx(() -> vm.toScreen(after.getMinX() + 8, after.getMaxY() - 6));
    assertThat(pixel(body)).isEqualTo(cardFill);
    assertThat(vm.geometry().entityAt(before.getMinX() + 8, before.getMaxY() - 6))
        .as("nothing else is where the card was")
        .isEmpty();
    Point2D oldBody = onFx(() -> vm.toScreen(before.getMinX() + 8, before.getMaxY() - 6));
    assertThat(pixel(oldBody)).isNotEqualTo(cardFill);
  }

  @Test
  void aDraggedCardIsDrawnLiveWithoutRenderingTilesAndReturnsToThemOnRelease() throws Exception {
    atFullSize();
    String id = onFx(() -> vm.visibleEntityIds().get(0));
    Rectangle2D start = vm.geometry().card(id).orElseThrow();
    act(
        () -> {
          vm.select(id);
          vm.setMovingEntities(Set.of(id));
        });
    act(
        () ->
            document.execute(
                MoveEntitiesCommand.single(id, start.getMinX() + 20, start.getMinY())));
    long rendered = onFx(view::tilesRendered);

    for (int i = 2; i <= 6; i++) {
      double dx = 20 * i;
      act(
          () ->
              document.execute(
                  MoveEntitiesCommand.single(id, start.getMinX() + dx, start.getMinY())));
      // The dragged card and its lines are drawn over the other cards until released; the
      // rest of the picture must be exactly the full draw's.
      Rectangle2D live = onFx(() -> footprintOnScreen(id));
      assertSamePictureAsAFullDraw(live);
      Rectangle2D card = vm.geometry().card(id).orElseThrow();
      Point2D body = onFx(() -> vm.toScreen(card.getMinX() + 8, card.getMaxY() - 6));
      assertThat(pixel(body)).isEqualTo(onFx(() -> view.theme().cardFill()));
    }
    assertThat(onFx(view::tilesRendered)).as("drag frames only copy tiles").isEqualTo(rendered);

    act(() -> vm.setMovingEntities(Set.of()));
    assertSamePictureAsAFullDraw();
    assertThat(onFx(view::tilesRendered))
        .as("the released card is drawn into the tiles")
        .isGreaterThan(rendered);
  }

  @Test
  void selectingACardAndZoomingStillShowTheFullPicture() throws Exception {
    atFullSize();
    String id = onFx(() -> vm.visibleEntityIds().get(0));
    act(() -> vm.select(id));
    assertSamePictureAsAFullDraw();

    act(() -> vm.zoomAt(0.5, 300, 200));
    settleZoom();
    assertSamePictureAsAFullDraw();
    act(() -> vm.selection().clear());
    assertSamePictureAsAFullDraw();
  }

  /** 100 % (crisp tiles), past the zoom settle so the tiles are rendered at that zoom. */
  private void atFullSize() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    act(() -> vm.zoomAt(1 / vm.zoomProperty().get(), 500, 350));
    settleZoom();
  }

  private static void settleZoom() throws InterruptedException {
    Thread.sleep(400);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * The canvas as shown (tiles + live layer) against the same view model drawn in one pass onto a
   * fresh canvas: no pixel may differ by more than a rounding step.
   */
  private void assertSamePictureAsAFullDraw() throws Exception {
    assertSamePictureAsAFullDraw(Rectangle2D.EMPTY);
  }

  /** The card and the extent of its lines, in screen pixels. */
  private Rectangle2D footprintOnScreen(String id) {
    DiagramGeometry g = vm.geometry();
    Rectangle2D r = g.card(id).orElseThrow();
    double minX = r.getMinX();
    double minY = r.getMinY();
    double maxX = r.getMaxX();
    double maxY = r.getMaxY();
    for (var rel : g.model().schema().relationshipsOf(id)) {
      Rectangle2D b = g.route(rel).orElseThrow().bounds();
      minX = Math.min(minX, b.getMinX() - 40);
      minY = Math.min(minY, b.getMinY() - 40);
      maxX = Math.max(maxX, b.getMaxX() + 40);
      maxY = Math.max(maxY, b.getMaxY() + 40);
    }
    Point2D a = vm.toScreen(minX, minY);
    Point2D c = vm.toScreen(maxX, maxY);
    // A pixel on each side for the whole-pixel pan the canvas draws with.
    return new Rectangle2D(
        a.getX() - 2, a.getY() - 2, c.getX() - a.getX() + 4, c.getY() - a.getY() + 4);
  }

  private void assertSamePictureAsAFullDraw(Rectangle2D except) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Image[] pictures =
        onFx(
            () -> {
              Canvas shown = (Canvas) view.getChildrenUnmodifiable().get(0);
              Canvas fresh = new Canvas(shown.getWidth(), shown.getHeight());
              new DiagramRenderer()
                  .draw(fresh.getGraphicsContext2D(), vm, document.validator(), view.theme());
              return new Image[] {shown.snapshot(null, null), fresh.snapshot(null, null)};
            });
    PixelReader a = pictures[0].getPixelReader();
    PixelReader b = pictures[1].getPixelReader();
    int w = (int) pictures[0].getWidth();
    int h = (int) pictures[0].getHeight();
    int differing = 0;
    int minX = w;
    int minY = h;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (!except.contains(x, y) && !close(a.getArgb(x, y), b.getArgb(x, y))) {
          differing++;
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
    }
    assertThat(differing)
        .as(
            "pixels differing from a full draw of %d x %d (within x %d..%d, y %d..%d)",
            w, h, minX, maxX, minY, maxY)
        .isZero();
  }

  private static boolean close(int p, int q) {
    for (int shift = 0; shift < 32; shift += 8) {
      if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > 2) {
        return false;
      }
    }
    return true;
  }

  private Point2D centreOnScreen(Rectangle2D r) throws Exception {
    return onFx(() -> vm.toScreen(r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2));
  }

  private Color pixel(Point2D p) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(
        () -> {
          Canvas shown = (Canvas) view.getChildrenUnmodifiable().get(0);
          return shown
              .snapshot(null, null)
              .getPixelReader()
              .getColor((int) p.getX(), (int) p.getY());
        });
  }

  private static void act(Runnable r) throws Exception {
    onFx(
        () -> {
          r.run();
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get();
  }
}
