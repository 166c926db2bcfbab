package io.schemaforge.app.ui.canvas;

import javafx.geometry.Rectangle2D;

/**
 * Where a draw call paints: a surface of a size (the window's canvas, or one cached tile of it) and
 * its transform, screen = model × zoom + pan. The pan is whole pixels, so 1 px lines and text stay
 * crisp at 100 % and tiles drawn side by side meet without seams.
 */
record DiagramView(double zoom, double panX, double panY, double width, double height) {

  /** The view the canvas shows now. */
  static DiagramView of(CanvasViewModel vm, double width, double height) {
    return new DiagramView(
        vm.zoomProperty().get(),
        Math.round(vm.panXProperty().get()),
        Math.round(vm.panYProperty().get()),
        width,
        height);
  }

  /** The part of the model this surface shows, in model units. */
  Rectangle2D visibleArea() {
    return new Rectangle2D(-panX / zoom, -panY / zoom, width / zoom, height / zoom);
  }
}
