package io.schemaforge.app.ui.inspector;

import io.schemaforge.app.ui.DisplayOnlyConverter;
import io.schemaforge.model.Entity;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The relationship form ({@code RelationshipInspector.fxml}): kind, both ends, the navigation
 * names, required and ON DELETE, and where the relationship is stored (its foreign key or join
 * table).
 */
final class RelationshipInspector {
  private final InspectorViewModel viewModel;
  private final java.util.function.Function<String, Entity> entities;
  private final Parent root;
  private boolean updating;

  @FXML private ComboBox<RelationshipKind> kindBox;
  @FXML private Label sourceCaption;
  @FXML private Label sourceLabel;
  @FXML private Label targetCaption;
  @FXML private Label targetLabel;
  @FXML private Label sourceNavCaption;
  @FXML private TextField sourceNavField;
  @FXML private Label targetNavCaption;
  @FXML private TextField targetNavField;
  @FXML private CheckBox requiredBox;
  @FXML private ComboBox<OnDelete> onDeleteBox;
  @FXML private Label storageLabel;

  /**
   * @param entities looks an entity up by id (null when unknown)
   */
  RelationshipInspector(
      InspectorViewModel viewModel, java.util.function.Function<String, Entity> entities) {
    this.viewModel = viewModel;
    this.entities = entities;
    root = FxmlForms.load(this, "RelationshipInspector");
    kindBox.getItems().setAll(RelationshipKind.values());
    kindBox.setConverter(DisplayOnlyConverter.of(RelationshipInspector::kindText));
    onDeleteBox.getItems().setAll(OnDelete.values());
    onDeleteBox.setConverter(DisplayOnlyConverter.of(o -> o.name().replace('_', ' ')));
    kindBox.setOnAction(
        e -> {
          if (!updating && kindBox.getValue() != null) {
            viewModel.changeKind(kindBox.getValue());
          }
        });
    onDeleteBox.setOnAction(
        e -> {
          if (!updating && onDeleteBox.getValue() != null) {
            viewModel.changeOnDelete(onDeleteBox.getValue());
          }
        });
    requiredBox.setOnAction(e -> viewModel.changeRequired(requiredBox.isSelected()));
    FxmlForms.commitOnDone(
        sourceNavField, t -> viewModel.changeNavigation(t, targetNavField.getText()), this::show);
    FxmlForms.commitOnDone(
        targetNavField, t -> viewModel.changeNavigation(sourceNavField.getText(), t), this::show);
    viewModel.relationshipProperty().addListener((obs, old, r) -> show());
    show();
  }

  static String kindText(RelationshipKind k) {
    return switch (k) {
      case ONE_TO_ONE -> "One to one (1:1)";
      case ONE_TO_MANY -> "One to many (1:N)";
      case MANY_TO_MANY -> "Many to many (N:M)";
    };
  }

  private void show() {
    Relationship r = viewModel.relationshipProperty().get();
    if (r == null) {
      return;
    }
    updating = true;
    try {
      Entity source = entities.apply(r.sourceEntityId());
      Entity target = entities.apply(r.targetEntityId());
      String s = source == null ? "?" : source.name();
      String t = target == null ? "?" : target.name();
      kindBox.setValue(r.kind());
      onDeleteBox.setValue(r.onDelete());
      requiredBox.setSelected(r.required());
      requiredBox.setDisable(r.kind() == RelationshipKind.MANY_TO_MANY);
      boolean many = r.kind() != RelationshipKind.ONE_TO_ONE;
      sourceCaption.setText("From (one)");
      targetCaption.setText(
          r.kind() == RelationshipKind.MANY_TO_MANY
              ? "To (many)"
              : many ? "To (many)" : "To (one)");
      if (r.kind() == RelationshipKind.MANY_TO_MANY) {
        sourceCaption.setText("From (many)");
      }
      sourceLabel.setText(s);
      targetLabel.setText(t);
      sourceNavCaption.setText(s + ".");
      targetNavCaption.setText(t + ".");
      sourceNavField.setPromptText("not navigable from " + s);
      targetNavField.setPromptText("not navigable from " + t);
      FxmlForms.show(sourceNavField, r.sourceNavigation());
      FxmlForms.show(targetNavField, r.targetNavigation());
      storageLabel.setText(storage(r, target));
    } finally {
      updating = false;
    }
  }

  private static String storage(Relationship r, Entity target) {
    if (r.joinTable() != null) {
      return "join table "
          + r.joinTable().tableName()
          + " ("
          + r.joinTable().sourceColumn()
          + ", "
          + r.joinTable().targetColumn()
          + ")";
    }
    List<String> columns = new ArrayList<>();
    if (target != null) {
      for (String id : r.foreignKeyAttributeIds()) {
        target.attribute(id).ifPresent(a -> columns.add(target.tableName() + "." + a.columnName()));
      }
    }
    return columns.isEmpty()
        ? "no foreign key"
        : "foreign key " + String.join(", ", columns).toLowerCase(Locale.ROOT);
  }

  Parent root() {
    return root;
  }
}
