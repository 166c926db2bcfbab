package io.schemaforge.model;

/** A rectangle on the canvas, in model units (unscaled pixels). */
public record Bounds(double x, double y, double width, double height) {
  public Bounds moveTo(double nx, double ny) {
    return new Bounds(nx, ny, width, height);
  }

  public double centerX() {
    return x + width / 2;
  }

  public double centerY() {
    return y + height / 2;
  }

  public boolean intersects(double ox, double oy, double ow, double oh) {
    return x < ox + ow && ox < x + width && y < oy + oh && oy < y + height;
  }
}
