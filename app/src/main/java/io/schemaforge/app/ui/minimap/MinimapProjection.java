package io.schemaforge.app.ui.minimap;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Maps model coordinates into the minimap and back: the diagram's bounds (joined with the visible
 * area, so the viewport rectangle never leaves the map) scaled to fit, centred, with a margin.
 */
public record MinimapProjection(double scale, double offsetX, double offsetY) {
  static final double MARGIN = 6;

  /** Fits {@code world} into a {@code width} × {@code height} map. */
  public static MinimapProjection fit(Rectangle2D world, double width, double height) {
    double w = Math.max(1, world.getWidth());
    double h = Math.max(1, world.getHeight());
    double s = Math.min((width - 2 * MARGIN) / w, (height - 2 * MARGIN) / h);
    s = s > 0 ? s : 1e-6;
    double ox = (width - w * s) / 2 - world.getMinX() * s;
    double oy = (height - h * s) / 2 - world.getMinY() * s;
    return new MinimapProjection(s, ox, oy);
  }

  /** The union of two rectangles; an empty one is ignored. */
  public static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
    if (a.getWidth() <= 0 && a.getHeight() <= 0) {
      return b;
    }
    if (b.getWidth() <= 0 && b.getHeight() <= 0) {
      return a;
    }
    double minX = Math.min(a.getMinX(), b.getMinX());
    double minY = Math.min(a.getMinY(), b.getMinY());
    double maxX = Math.max(a.getMaxX(), b.getMaxX());
    double maxY = Math.max(a.getMaxY(), b.getMaxY());
    return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
  }

  public Rectangle2D toMap(Rectangle2D model) {
    return new Rectangle2D(
        model.getMinX() * scale + offsetX,
        model.getMinY() * scale + offsetY,
        model.getWidth() * scale,
        model.getHeight() * scale);
  }

  public Point2D toModel(double mapX, double mapY) {
    return new Point2D((mapX - offsetX) / scale, (mapY - offsetY) / scale);
  }
}
