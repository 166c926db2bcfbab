package io.schemaforge.app.ui.inspector;

import io.schemaforge.model.Group;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The form for a group (subject area): its name and its colour. Two fields, so built in code rather
 * than FXML; every change is a command through the view model.
 */
final class GroupInspector {
  private final InspectorViewModel viewModel;
  private final TextField nameField = new TextField();
  private final ColorPicker colorPicker = new ColorPicker();
  private final VBox root = new VBox(8);
  private boolean showing;

  GroupInspector(InspectorViewModel viewModel) {
    this.viewModel = viewModel;
    nameField.getStyleClass().add("group-name-field");
    colorPicker.getStyleClass().add("group-color-picker");
    colorPicker.setMaxWidth(Double.MAX_VALUE);
    GridPane form = new GridPane();
    form.getStyleClass().add("inspector-form");
    form.setHgap(8);
    form.setVgap(6);
    Label name = new Label("Name");
    Label colour = new Label("Colour");
    name.setMinWidth(Label.USE_PREF_SIZE);
    colour.setMinWidth(Label.USE_PREF_SIZE);
    form.addRow(0, name, nameField);
    form.addRow(1, colour, colorPicker);
    GridPane.setHgrow(nameField, Priority.ALWAYS);
    GridPane.setHgrow(colorPicker, Priority.ALWAYS);
    Label hint =
        new Label(
            "Drag the group's title to move it with its entities; double-click the title to rename"
                + " it on the canvas.");
    hint.getStyleClass().add("inspector-hint");
    hint.setWrapText(true);
    hint.setMinHeight(Label.USE_PREF_SIZE);
    root.getChildren().addAll(form, hint);
    root.setAlignment(Pos.TOP_LEFT);
    FxmlForms.commitOnDone(nameField, viewModel::renameGroup, this::show);
    colorPicker.setOnAction(
        e -> {
          if (!showing) {
            viewModel.changeGroupColor(css(colorPicker.getValue()));
          }
        });
    viewModel.groupProperty().addListener((obs, old, g) -> show());
    show();
  }

  private void show() {
    Group g = viewModel.groupProperty().get();
    if (g == null) {
      return;
    }
    showing = true;
    try {
      FxmlForms.show(nameField, g.name());
      colorPicker.setValue(parse(g.color()));
    } finally {
      showing = false;
    }
  }

  private static Color parse(String css) {
    try {
      return css == null ? Color.LIGHTBLUE : Color.web(css);
    } catch (IllegalArgumentException e) {
      // A hand-edited file may hold a colour JavaFX cannot read; the picker still opens.
      return Color.LIGHTBLUE;
    }
  }

  /** {@code #rrggbb}, the form the project file keeps. */
  static String css(Color c) {
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(c.getRed() * 255),
        Math.round(c.getGreen() * 255),
        Math.round(c.getBlue() * 255));
  }

  VBox root() {
    return root;
  }
}
