package io.schemaforge.app.ui.minimap;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The minimap's cards as a picture of its own pixels: a 5,000-entity model is 5,000 rectangles of a
 * pixel or two, which as canvas commands cost the software pipeline several milliseconds of one
 * frame (each queued, then rasterised on the render thread) every time the map is redrawn, and it
 * is redrawn every 200 ms while a card is dragged or the view pans past the diagram. Blended here
 * into an array, the same rectangles take a fraction of a millisecond and the frame only uploads
 * one small image. Edges are blended by how much of a pixel they cover, as an antialiased canvas
 * fill would.
 */
final class MinimapCards {
  private final int width;
  private final int height;
  private final double scale;
  private final int[] pixels;
  private final WritableImage image;

  /** A picture of a size in the map's units, drawn at a display scale (2 on HiDPI). */
  MinimapCards(double width, double height, double scale) {
    this.scale = scale;
    this.width = (int) Math.ceil(width * scale);
    this.height = (int) Math.ceil(height * scale);
    this.pixels = new int[this.width * this.height];
    this.image = new WritableImage(this.width, this.height);
  }

  WritableImage image() {
    return image;
  }

  double scale() {
    return scale;
  }

  void clear() {
    Arrays.fill(pixels, 0);
  }

  /** Blends a rectangle (map units) over what is drawn, as a source-over fill would. */
  void fill(Rectangle2D r, Color color) {
    double x0 = Math.max(0, r.getMinX() * scale);
    double y0 = Math.max(0, r.getMinY() * scale);
    double x1 = Math.min(width, r.getMaxX() * scale);
    double y1 = Math.min(height, r.getMaxY() * scale);
    if (x1 <= x0 || y1 <= y0) {
      return;
    }
    double a = color.getOpacity();
    double red = color.getRed() * 255;
    double green = color.getGreen() * 255;
    double blue = color.getBlue() * 255;
    for (int py = (int) y0; py < y1; py++) {
      double cy = Math.min(y1, py + 1) - Math.max(y0, py);
      for (int px = (int) x0; px < x1; px++) {
        double cx = Math.min(x1, px + 1) - Math.max(x0, px);
        blend(py * width + px, a * cx * cy, red, green, blue);
      }
    }
  }

  private void blend(int i, double alpha, double red, double green, double blue) {
    if (alpha <= 0) {
      return;
    }
    int d = pixels[i];
    double keep = 1 - alpha;
    int oa = (int) Math.round(alpha * 255 + ((d >>> 24) & 0xff) * keep);
    int or = (int) Math.round(red * alpha + ((d >>> 16) & 0xff) * keep);
    int og = (int) Math.round(green * alpha + ((d >>> 8) & 0xff) * keep);
    int ob = (int) Math.round(blue * alpha + (d & 0xff) * keep);
    pixels[i] = (oa << 24) | (or << 16) | (og << 8) | ob;
  }

  /** Hands what was drawn to the image (premultiplied, as blended). */
  void publish() {
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            width,
            height,
            PixelFormat.getIntArgbPreInstance(),
            IntBuffer.wrap(pixels),
            width);
  }

  /** The pixel at a point (map units), premultiplied ARGB: for tests. */
  int pixelAt(double x, double y) {
    return pixels[(int) (y * scale) * width + (int) (x * scale)];
  }
}
