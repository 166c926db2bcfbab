package io.schemaforge.app.ui.inspector;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Trait;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/**
 * The entity form ({@code EntityInspector.fxml}): name, table, comment, traits, the short-form
 * field that adds attributes (Enter adds one and keeps the focus, for the next) and the attribute
 * table.
 */
final class EntityInspector {
  private final InspectorViewModel viewModel;
  private final Parent root;
  private final AttributeTable attributeTable;

  @FXML private TextField nameField;
  @FXML private TextField tableField;
  @FXML private TextArea commentField;
  @FXML private CheckBox timestampsBox;
  @FXML private CheckBox softDeleteBox;
  @FXML private CheckBox versionBox;
  @FXML private Button upButton;
  @FXML private Button downButton;
  @FXML private Button deleteButton;
  @FXML private TextField shortFormField;
  @FXML private Label messageLabel;
  @FXML private StackPane attributesHost;

  EntityInspector(InspectorViewModel viewModel) {
    this.viewModel = viewModel;
    root = FxmlForms.load(this, "EntityInspector");
    attributeTable = new AttributeTable(viewModel, this::focusShortForm);
    attributesHost.getChildren().add(attributeTable.table());
    wire();
  }

  private void wire() {
    FxmlForms.commitOnDone(nameField, viewModel::renameEntity, this::show);
    FxmlForms.commitOnDone(tableField, viewModel::renameTable, this::show);
    FxmlForms.commitOnDone(commentField, viewModel::changeComment, this::show);
    timestampsBox.setOnAction(
        e -> viewModel.setTrait(Trait.TIMESTAMPS, timestampsBox.isSelected()));
    softDeleteBox.setOnAction(
        e -> viewModel.setTrait(Trait.SOFT_DELETE, softDeleteBox.isSelected()));
    versionBox.setOnAction(e -> viewModel.setTrait(Trait.VERSION, versionBox.isSelected()));
    shortFormField.setOnAction(
        e -> {
          if (viewModel.addAttribute(shortFormField.getText())) {
            shortFormField.clear();
            attributeTable.table().scrollTo(viewModel.attributes().size() - 1);
          }
        });
    messageLabel.textProperty().bind(viewModel.messageProperty());
    messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
    messageLabel.managedProperty().bind(messageLabel.visibleProperty());
    var selected = attributeTable.table().getSelectionModel().selectedItemProperty();
    upButton.disableProperty().bind(selected.isNull());
    downButton.disableProperty().bind(selected.isNull());
    deleteButton.disableProperty().bind(selected.isNull());
    viewModel.entityProperty().addListener((obs, old, e) -> show());
    show();
  }

  @FXML
  private void onUp() {
    moveSelected(-1);
  }

  @FXML
  private void onDown() {
    moveSelected(1);
  }

  private void moveSelected(int delta) {
    Attribute a = attributeTable.table().getSelectionModel().getSelectedItem();
    if (a != null) {
      viewModel.moveAttribute(a.id(), delta);
      int index =
          viewModel
              .attributes()
              .indexOf(
                  viewModel.attributes().stream()
                      .filter(x -> x.id().equals(a.id()))
                      .findFirst()
                      .orElse(null));
      attributeTable.table().getSelectionModel().select(index);
    }
  }

  @FXML
  private void onDelete() {
    Attribute a = attributeTable.table().getSelectionModel().getSelectedItem();
    if (a != null) {
      viewModel.deleteAttribute(a.id());
    }
  }

  private void focusShortForm() {
    shortFormField.requestFocus();
  }

  private void show() {
    Entity e = viewModel.entityProperty().get();
    if (e == null) {
      return;
    }
    FxmlForms.show(nameField, e.name());
    FxmlForms.show(tableField, e.tableName());
    FxmlForms.show(commentField, e.comment());
    timestampsBox.setSelected(e.traits().contains(Trait.TIMESTAMPS));
    softDeleteBox.setSelected(e.traits().contains(Trait.SOFT_DELETE));
    versionBox.setSelected(e.traits().contains(Trait.VERSION));
  }

  /** Puts the caret in the name field, all selected (after creating an entity, say). */
  void focusName() {
    nameField.requestFocus();
    nameField.selectAll();
  }

  Parent root() {
    return root;
  }

  TextField shortFormField() {
    return shortFormField;
  }
}
