package io.schemaforge.app.ui.canvas;

import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field that edits a name in place on the canvas (an entity's title, a note, a group).
 * Enter or leaving the field commits, Escape cancels; the owner positions it over what it edits.
 */
final class InlineEditor {
  private final TextField field = new TextField();
  private Consumer<String> onCommit;
  private Rectangle2D screenArea = Rectangle2D.EMPTY;

  InlineEditor() {
    field.getStyleClass().add("inline-editor");
    field.setVisible(false);
    field.setManaged(false);
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            commit();
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            cancel();
            e.consume();
          }
        });
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                commit();
              }
            });
  }

  TextField field() {
    return field;
  }

  boolean isEditing() {
    return field.isVisible();
  }

  /** Shows the field over a screen area with a text, selected, and focuses it. */
  void start(Rectangle2D area, String text, double fontSize, Consumer<String> commit) {
    commit();
    this.onCommit = commit;
    this.screenArea = area;
    field.setStyle("-fx-font-size: " + Math.max(9, Math.round(fontSize)) + "px;");
    field.setText(text);
    field.setVisible(true);
    field.resizeRelocate(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
    field.requestFocus();
    field.selectAll();
  }

  Rectangle2D screenArea() {
    return screenArea;
  }

  /** Ends editing, applying the text. */
  void commit() {
    if (!field.isVisible()) {
      return;
    }
    Consumer<String> action = onCommit;
    hide();
    if (action != null) {
      action.accept(field.getText());
    }
  }

  void cancel() {
    hide();
  }

  private void hide() {
    onCommit = null;
    field.setVisible(false);
    if (field.getParent() != null) {
      field.getParent().requestFocus();
    }
  }
}
