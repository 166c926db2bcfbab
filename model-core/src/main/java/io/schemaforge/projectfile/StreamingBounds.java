package io.schemaforge.projectfile;

import io.schemaforge.model.Bounds;
import java.io.IOException;

/**
 * The box of a layout element (x, y, width, height) as the streaming reader meets its fields, among
 * the element's other fields and in any order; {@link #toBounds} then checks it as the tree
 * reader's {@code bounds} does: all four numbers there, width and height positive.
 */
final class StreamingBounds {
  private int found;
  private double x;
  private double y;
  private double width;
  private double height;

  /**
   * Reads the value under the parser if {@code field} is one of the box's fields. They are numbered
   * 28 to 31 for {@link TokenCursor#once}, after the element's own fields.
   *
   * @return false for any other field, whose value is left for the caller
   */
  boolean read(String field, TokenCursor in) throws IOException, StreamingGaveUp {
    switch (field) {
      case "x" -> x = in.once(28).number();
      case "y" -> y = in.once(29).number();
      case "width" -> width = in.once(30).number();
      case "height" -> height = in.once(31).number();
      default -> {
        return false;
      }
    }
    found++; // once() has made sure that no field is counted twice
    return true;
  }

  Bounds toBounds() throws StreamingGaveUp {
    if (found != 4) {
      throw new StreamingGaveUp("a box misses x, y, width or height");
    }
    if (width <= 0 || height <= 0) {
      throw new StreamingGaveUp("a box whose width or height is not positive");
    }
    return new Bounds(x, y, width, height);
  }
}
