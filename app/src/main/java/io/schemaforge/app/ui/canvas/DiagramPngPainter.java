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

  /**
   * Pixels per tile side when the window paints a tile per frame: a quarter of the work of a full
   * tile, so the window keeps answering while a large PNG is painted.
   */
  public static final int TILE_PER_FRAME = 1024;

  /**
   * How far a line's labels (role names, cardinalities) reach beside its route, in model units; a
   * line just outside a tile is drawn into it for them, so neighbouring tiles show no seam.
   */
  private static final double LINE_REACH = 160;

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
   * Paints the picture at once; call on the JavaFX application thread. The window paints tile by
   * tile instead ({@link #tiles}), so it can show progress, stay responsive and be cancelled.
   *
   * @throws IllegalArgumentException when the image would be larger than {@link #MAX_PIXELS}
   */
  public static BufferedImage paint(DiagramPicture picture, CanvasTheme theme, double scale) {
    Tiles tiles = tiles(picture, theme, scale);
    while (!tiles.done()) {
      tiles.paintNext();
    }
    return tiles.image();
  }

  /**
   * The picture's image, to be painted one tile at a time.
   *
   * @throws IllegalArgumentException when the image would be larger than {@link #MAX_PIXELS}
   */
  public static Tiles tiles(DiagramPicture picture, CanvasTheme theme, double scale) {
    return tiles(picture, theme, scale, TILE);
  }

  /**
   * The picture's image, to be painted one tile of {@code tile} pixels square at a time.
   *
   * @throws IllegalArgumentException when the image would be larger than {@link #MAX_PIXELS}
   */
  public static Tiles tiles(DiagramPicture picture, CanvasTheme theme, double scale, int tile) {
    int[] size = pixelSize(picture, scale);
    if ((long) size[0] * size[1] > MAX_PIXELS) {
      throw new IllegalArgumentException(
          String.format(
              "the image would be %d x %d pixels, more than %,d; use a smaller --scale or SVG",
              size[0], size[1], MAX_PIXELS));
    }
    return new Tiles(picture, theme, scale, size, tile);
  }

  /** An image being painted, tile by tile, in rows from the top left. */
  public static final class Tiles {
    private final DiagramPicture picture;
    private final CanvasTheme theme;
    private final double scale;
    private final int[] size;
    private final int tile;
    private final int across;
    private final int count;
    private final TextMeasurer measurer = new TextMeasurer();
    private BufferedImage image;
    private Canvas canvas;
    private SnapshotParameters params;
    private int next;

    private Tiles(DiagramPicture picture, CanvasTheme theme, double scale, int[] size, int tile) {
      this.picture = picture;
      this.theme = theme;
      this.scale = scale;
      this.size = size;
      this.tile = tile;
      this.across = Math.max(1, (size[0] + tile - 1) / tile);
      this.count = across * Math.max(1, (size[1] + tile - 1) / tile);
    }

    public int count() {
      return count;
    }

    /** Tiles painted so far. */
    public int painted() {
      return next;
    }

    public boolean done() {
      return next >= count;
    }

    /** Paints the next tile into the image; call on the JavaFX application thread. */
    public void paintNext() {
      if (!Platform.isFxApplicationThread()) {
        throw new IllegalStateException("paint on the JavaFX application thread");
      }
      if (done()) {
        return;
      }
      if (image == null) {
        image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
        canvas = new Canvas(Math.min(tile, size[0]), Math.min(tile, size[1]));
        params = new SnapshotParameters();
        params.setFill(theme.background());
      }
      int tx = (next % across) * tile;
      int ty = (next / across) * tile;
      paintTile(canvas.getGraphicsContext2D(), picture, theme, scale, tx, ty, measurer);
      WritableImage tile = canvas.snapshot(params, null);
      Graphics2D out = image.createGraphics();
      try {
        out.drawImage(SwingFXUtils.fromFXImage(tile, null), tx, ty, null);
      } finally {
        out.dispose();
      }
      next++;
    }

    /** The painted image; complete once {@link #done}. */
    public BufferedImage image() {
      return image;
    }
  }

  /**
   * One tile: only what reaches into it is drawn (with a margin for shadows and for labels beside a
   * line), so painting a large picture costs about what it shows, not its size times its tiles.
   */
  private static void paintTile(
      GraphicsContext gc,
      DiagramPicture p,
      CanvasTheme theme,
      double scale,
      int tx,
      int ty,
      TextMeasurer measurer) {
    gc.setTransform(new Affine());
    gc.setFill(theme.background());
    gc.fillRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
    Rectangle2D b = p.bounds();
    gc.setTransform(scale, 0, 0, scale, -b.getMinX() * scale - tx, -b.getMinY() * scale - ty);
    Rectangle2D area =
        new Rectangle2D(
            b.getMinX() + tx / scale,
            b.getMinY() + ty / scale,
            gc.getCanvas().getWidth() / scale,
            gc.getCanvas().getHeight() / scale);
    // Zoom 1 for the renderers: at any scale the image is the window at 100 %, enlarged, with
    // every detail (names, types, labels) shown.
    double zoom = 1;
    LayoutDecorationRenderer decorations = new LayoutDecorationRenderer(gc, theme, measurer);
    for (Group g : p.groups()) {
      decorations.drawGroup(g, zoom, false);
    }
    for (Note n : p.notes()) {
      decorations.drawNote(n, zoom, false);
    }
    RelationshipRenderer edges = new RelationshipRenderer(gc, theme, measurer);
    Rectangle2D edgeArea = DiagramRenderer.grow(area, LINE_REACH);
    for (Relationship r : p.relationships()) {
      p.geometry()
          .route(r)
          .filter(route -> route.bounds().intersects(edgeArea))
          .ifPresent(route -> edges.draw(r, route, false, true, zoom));
    }
    EntityCardRenderer cards = new EntityCardRenderer(gc, theme, measurer);
    Rectangle2D cardArea = DiagramRenderer.grow(area, DiagramRenderer.cardOverhang(zoom));
    for (Entity e : p.entities()) {
      Rectangle2D card = p.geometry().card(e.id()).orElseThrow();
      if (!card.intersects(cardArea)) {
        continue;
      }
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
