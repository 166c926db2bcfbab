package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Note;
import io.schemaforge.model.Relationship;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * Paints a {@link DiagramPicture} into a bitmap with the canvas's own renderers, so a PNG looks
 * exactly like the window (without grid, selection or problem badges, which are editing aids). The
 * image is painted in tiles because a JavaFX canvas, and its snapshot, is limited in size.
 */
public final class DiagramPngPainter {
  /** Pixels per tile side: well within every JavaFX pipeline's texture limit. */
  private static final int TILE = 2048;

  /** Beyond this many pixels (about 1 GB as ARGB) the image would exhaust a normal heap. */
  public static final long MAX_PIXELS = 250_000_000L;

  private DiagramPngPainter() {}

  /** The size in pixels of the picture at a scale. */
  public static int[] pixelSize(DiagramPicture picture, double scale) {
    Rectangle2D b = picture.bounds();
    return new int[] {
      (int) Math.ceil(b.getWidth() * scale), (int) Math.ceil(b.getHeight() * scale)
    };
  }

  /**
   * Paints the picture; call on the JavaFX application thread.
   *
   * @throws IllegalArgumentException when the image would be larger than {@link #MAX_PIXELS}
   */
  public static BufferedImage paint(DiagramPicture picture, CanvasTheme theme, double scale) {
    if (!Platform.isFxApplicationThread()) {
      throw new IllegalStateException("paint on the JavaFX application thread");
    }
    int[] size = pixelSize(picture, scale);
    if ((long) size[0] * size[1] > MAX_PIXELS) {
      throw new IllegalArgumentException(
          String.format(
              "the image would be %d x %d pixels, more than %,d; use a smaller --scale or SVG",
              size[0], size[1], MAX_PIXELS));
    }
    BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
    Graphics2D out = image.createGraphics();
    Canvas canvas = new Canvas(Math.min(TILE, size[0]), Math.min(TILE, size[1]));
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(theme.background());
    try {
      for (int ty = 0; ty < size[1]; ty += TILE) {
        for (int tx = 0; tx < size[0]; tx += TILE) {
          paintTile(canvas.getGraphicsContext2D(), picture, theme, scale, tx, ty);
          WritableImage tile = canvas.snapshot(params, null);
          out.drawImage(SwingFXUtils.fromFXImage(tile, null), tx, ty, null);
        }
      }
    } finally {
      out.dispose();
    }
    return image;
  }

  private static void paintTile(
      GraphicsContext gc, DiagramPicture p, CanvasTheme theme, double scale, int tx, int ty) {
    gc.setTransform(new Affine());
    gc.setFill(theme.background());
    gc.fillRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
    Rectangle2D b = p.bounds();
    gc.setTransform(scale, 0, 0, scale, -b.getMinX() * scale - tx, -b.getMinY() * scale - ty);
    // Zoom 1 for the renderers: at any scale the image is the window at 100 %, enlarged, with
    // every detail (names, types, labels) shown.
    double zoom = 1;
    TextMeasurer measurer = new TextMeasurer();
    LayoutDecorationRenderer decorations = new LayoutDecorationRenderer(gc, theme, measurer);
    for (Group g : p.groups()) {
      decorations.drawGroup(g, zoom, false);
    }
    for (Note n : p.notes()) {
      decorations.drawNote(n, zoom, false);
    }
    RelationshipRenderer edges = new RelationshipRenderer(gc, theme, measurer);
    for (Relationship r : p.relationships()) {
      p.geometry().route(r).ifPresent(route -> edges.draw(r, route, false, true, zoom));
    }
    EntityCardRenderer cards = new EntityCardRenderer(gc, theme, measurer);
    for (Entity e : p.entities()) {
      Rectangle2D card = p.geometry().card(e.id()).orElseThrow();
      Color color =
          p.geometry().model().layout().color(e.id()).map(DiagramPngPainter::parse).orElse(null);
      cards.draw(
          e,
          card,
          new EntityCardRenderer.CardState(color, false, true, p.foreignKeysOf(e), 0, 0),
          zoom);
    }
  }

  static Color parse(String css) {
    return parseOr(css, null);
  }

  /** A CSS colour, or the fallback when there is none or the file got it wrong (as the canvas). */
  static Color parseOr(String css, Color fallback) {
    try {
      return css == null ? fallback : Color.web(css);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
