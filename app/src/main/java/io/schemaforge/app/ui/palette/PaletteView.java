package io.schemaforge.app.ui.palette;

import io.schemaforge.app.ui.canvas.CanvasEditor;
import io.schemaforge.app.ui.canvas.CanvasView;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The palette: entity, note and group. Drag one onto the canvas to create it where it is dropped
 * (the canvas shows where it will land); click it, or press Enter on it, to create it in the middle
 * of the view.
 */
public final class PaletteView extends VBox {
  private final CanvasView canvas;

  public PaletteView(CanvasView canvas) {
    this.canvas = canvas;
    getStyleClass().add("palette-view");
    Label title = new Label("Add");
    title.getStyleClass().add("palette-title");
    getChildren().add(title);
    for (CanvasEditor.Creatable what : CanvasEditor.Creatable.values()) {
      getChildren().add(item(what));
    }
  }

  private Button item(CanvasEditor.Creatable what) {
    Region icon = new Region();
    String name = what.name().toLowerCase(Locale.ROOT);
    icon.getStyleClass().addAll("palette-icon", "palette-icon-" + name);
    Button b = new Button(what.label(), icon);
    b.getStyleClass().addAll("palette-item", "palette-" + name);
    b.setContentDisplay(ContentDisplay.TOP);
    b.setMaxWidth(Double.MAX_VALUE);
    b.setTooltip(
        new Tooltip(
            "Drag onto the canvas to add "
                + (what == CanvasEditor.Creatable.ENTITY ? "an " : "a ")
                + name
                + (what == CanvasEditor.Creatable.GROUP ? " (around the selected entities)" : "")
                + ", or click to add it in the middle"));
    boolean[] dragged = {false};
    b.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragged[0] = false);
    // A press-drag keeps delivering events to the button, wherever the pointer goes.
    b.addEventHandler(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          if (!b.contains(e.getX(), e.getY())) {
            dragged[0] = true;
          }
          if (dragged[0]) {
            boolean over = canvas.previewDrop(what, e.getScreenX(), e.getScreenY());
            b.setCursor(over ? Cursor.CLOSED_HAND : Cursor.DEFAULT);
          }
        });
    b.addEventHandler(
        MouseEvent.MOUSE_RELEASED,
        e -> {
          b.setCursor(Cursor.DEFAULT);
          if (dragged[0]) {
            canvas.drop(what, e.getScreenX(), e.getScreenY());
          }
        });
    b.setOnAction(
        e -> {
          if (!dragged[0]) {
            Bounds screen = canvas.localToScreen(canvas.getLayoutBounds());
            canvas.drop(what, screen.getCenterX(), screen.getCenterY());
          }
        });
    return b;
  }
}
