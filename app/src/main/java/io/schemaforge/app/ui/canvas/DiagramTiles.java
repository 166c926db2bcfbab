package io.schemaforge.app.ui.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * The base picture of the diagram (everything but what is drawn live) cut into square tiles of
 * {@link #SIZE} px at one zoom, each rendered once and then only copied: a pan draws a handful of
 * images instead of rasterising every card, line and glyph again, which is what the software
 * pipeline spent nearly all of a frame on. Tiles are anchored to the model (tile (c, r) shows the
 * model pixels [c·SIZE, (c+1)·SIZE) at the zoom), so a pan needs no new tile until new ground comes
 * into view. A change invalidates only the tiles it touches; the least recently drawn tiles go
 * first when the cache is full.
 */
final class DiagramTiles {
  static final int SIZE = 512;

  /** About 48 MB at 100 % display scale: three windows' worth of tiles. */
  static final int MAX_TILES = 48;

  /** Paints a view (a tile's) onto a graphics context. */
  interface Painter {
    void paint(GraphicsContext gc, DiagramView view);
  }

  private final Canvas scratch = new Canvas(SIZE, SIZE);
  private final Map<Long, WritableImage> tiles =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, WritableImage> eldest) {
          return size() > MAX_TILES;
        }
      };
  private double zoom = Double.NaN;
  private double scale = 1;
  private boolean plainLines = true;
  private long rendered;

  /** The zoom the tiles are rendered at (NaN before the first). */
  double zoom() {
    return zoom;
  }

  /** Whether there are tiles, rendered for this display scale. */
  boolean suits(double outputScale) {
    return !Double.isNaN(zoom) && scale == outputScale;
  }

  /** Drops every tile and renders the next ones at this zoom and display scale. */
  void reset(double newZoom, double outputScale, boolean showsPlainLines) {
    tiles.clear();
    zoom = newZoom;
    scale = outputScale;
    plainLines = showsPlainLines;
  }

  /** Drops every tile; the next frame starts afresh at its own zoom. */
  void clear() {
    tiles.clear();
    zoom = Double.NaN;
  }

  /** How far beyond a card's rectangle it shows in the tiles (model units, at their zoom). */
  double cardMargin() {
    return Double.isNaN(zoom) ? 0 : DiagramRenderer.cardOverhang(zoom);
  }

  boolean plainLines() {
    return plainLines;
  }

  /** Drops the tiles that show any part of a model area, so they are rendered again. */
  void invalidate(Rectangle2D modelArea) {
    if (tiles.isEmpty() || Double.isNaN(zoom) || modelArea.getWidth() < 0) {
      return;
    }
    int c0 = floorTile(modelArea.getMinX() * zoom);
    int c1 = floorTile(modelArea.getMaxX() * zoom);
    int r0 = floorTile(modelArea.getMinY() * zoom);
    int r1 = floorTile(modelArea.getMaxY() * zoom);
    if ((long) (c1 - c0 + 1) * (r1 - r0 + 1) > tiles.size()) {
      tiles.keySet().removeIf(k -> within(k, c0, c1, r0, r1));
      return;
    }
    for (int c = c0; c <= c1; c++) {
      for (int r = r0; r <= r1; r++) {
        tiles.remove(key(c, r));
      }
    }
  }

  /**
   * How many tiles at the cached zoom it takes to cover a view; a zoom far from the cached one
   * would take too many to scale from, and is better rendered afresh.
   */
  long tilesToCover(DiagramView view) {
    Rectangle2D area = view.visibleArea();
    long cols = floorTile(area.getMaxX() * zoom) - floorTile(area.getMinX() * zoom) + 1L;
    long rows = floorTile(area.getMaxY() * zoom) - floorTile(area.getMinY() * zoom) + 1L;
    return cols * rows;
  }

  /**
   * Draws the tiles that cover a view, rendering those not cached; at a zoom other than the tiles',
   * scaled (a zoom in progress), so a frame is never blank and never waits for a render.
   */
  void draw(GraphicsContext gc, DiagramView view, Painter painter) {
    Rectangle2D area = view.visibleArea();
    double k = view.zoom() / zoom;
    double step = SIZE * k;
    int c0 = floorTile(area.getMinX() * zoom);
    int c1 = floorTile(area.getMaxX() * zoom - 1e-6);
    int r0 = floorTile(area.getMinY() * zoom);
    int r1 = floorTile(area.getMaxY() * zoom - 1e-6);
    // While a zoom is in progress the scaled tiles are a stand-in for a few frames; filtering
    // them costs more than the rest of the frame in the software pipeline, so they are scaled
    // without it until the crisp render replaces them.
    boolean smoothing = gc.isImageSmoothing();
    gc.setImageSmoothing(Math.abs(k - 1) < 1e-9);
    for (int c = c0; c <= c1; c++) {
      for (int r = r0; r <= r1; r++) {
        WritableImage image = tile(c, r, painter);
        gc.drawImage(image, c * step + view.panX(), r * step + view.panY(), step, step);
      }
    }
    gc.setImageSmoothing(smoothing);
  }

  private WritableImage tile(int col, int row, Painter painter) {
    long key = key(col, row);
    WritableImage image = tiles.get(key);
    if (image == null) {
      GraphicsContext gc = scratch.getGraphicsContext2D();
      // A clear of the whole canvas also empties its command buffer, so it never grows.
      gc.clearRect(0, 0, SIZE, SIZE);
      painter.paint(
          gc, new DiagramView(zoom, -(double) col * SIZE, -(double) row * SIZE, SIZE, SIZE));
      SnapshotParameters params = new SnapshotParameters();
      params.setFill(Color.TRANSPARENT);
      if (scale != 1) {
        // Rendered at the display's scale, so a tile is as sharp as a direct draw on HiDPI.
        params.setTransform(Transform.scale(scale, scale));
      }
      image = scratch.snapshot(params, null);
      tiles.put(key, image);
      rendered++;
    }
    return image;
  }

  /** Tiles rendered so far (a cached tile that is drawn again does not count): for tests. */
  long renderedCount() {
    return rendered;
  }

  int size() {
    return tiles.size();
  }

  private static int floorTile(double worldPx) {
    return (int) Math.floor(worldPx / SIZE);
  }

  private static long key(int col, int row) {
    return ((long) col << 32) | (row & 0xffffffffL);
  }

  private static boolean within(long key, int c0, int c1, int r0, int r1) {
    int c = (int) (key >> 32);
    int r = (int) key;
    return c >= c0 && c <= c1 && r >= r0 && r <= r1;
  }
}
