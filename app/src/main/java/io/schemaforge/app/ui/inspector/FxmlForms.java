package io.schemaforge.app.ui.inspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;

/** Loading an inspector form and committing text fields the way every form here does. */
final class FxmlForms {
  private FxmlForms() {}

  /** Loads {@code <name>.fxml} next to the controller's class with the controller given. */
  static Parent load(Object controller, String name) {
    FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(name + ".fxml"));
    loader.setController(controller);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException(name + ".fxml is missing from the build", e);
    }
  }

  /**
   * Commits a field when the user is done with it: on Enter (text fields) and when the focus
   * leaves; Escape puts back the model's value.
   */
  static void commitOnDone(
      TextInputControl field, java.util.function.Consumer<String> commit, Runnable revert) {
    if (field instanceof javafx.scene.control.TextField tf) {
      tf.setOnAction(e -> commit.accept(tf.getText()));
    }
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                commit.accept(field.getText());
              }
            });
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
            revert.run();
            e.consume();
          }
        });
  }

  /** Shows a value unless the user is typing in the field. */
  static void show(TextInputControl field, String value) {
    String v = value == null ? "" : value;
    if (!field.isFocused() || field.getText().isEmpty()) {
      if (!field.getText().equals(v)) {
        field.setText(v);
      }
    }
  }
}
