package io.schemaforge.app.ui.settings;

import io.schemaforge.app.ui.DisplayOnlyConverter;
import io.schemaforge.app.ui.Theme;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.NamingConvention.TableNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Model ▸ Schema Settings…: the view of {@link SchemaSettingsViewModel}, a small modal dialog. OK
 * applies every change as one undoable command and stays disabled while the base package is not a
 * Java package name (the message under the field says why).
 */
public final class SchemaSettingsDialog {
  private final SchemaSettingsViewModel viewModel;
  private final Dialog<ButtonType> dialog = new Dialog<>();

  @FXML private TextField nameField;
  @FXML private TextField packageField;
  @FXML private Label packageProblem;
  @FXML private ComboBox<Dialect> dialectBox;
  @FXML private ComboBox<TableNumber> tableNumberBox;
  @FXML private CheckBox timeZoneBox;
  @FXML private CheckBox quoteBox;
  @FXML private CheckBox repositoriesBox;
  @FXML private CheckBox jooqBox;

  public SchemaSettingsDialog(Window owner, SchemaSettingsViewModel viewModel, Theme theme) {
    this.viewModel = viewModel;
    FXMLLoader loader =
        new FXMLLoader(SchemaSettingsDialog.class.getResource("SchemaSettingsDialog.fxml"));
    loader.setController(this);
    Parent form;
    try {
      form = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("SchemaSettingsDialog.fxml is missing from the build", e);
    }
    dialog.initOwner(owner);
    dialog.setTitle("Schema Settings");
    dialog.setResizable(true);
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().getStyleClass().add("schema-settings-dialog");
    dialog.getDialogPane().getStylesheets().setAll(theme.stylesheets());
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    bind();
  }

  private void bind() {
    SchemaSettingsViewModel vm = viewModel;
    nameField.textProperty().bindBidirectional(vm.nameProperty());
    packageField.textProperty().bindBidirectional(vm.basePackageProperty());
    packageProblem.textProperty().bind(vm.packageProblemProperty());
    packageProblem.visibleProperty().bind(vm.packageProblemProperty().isNotNull());
    packageProblem.managedProperty().bind(packageProblem.visibleProperty());
    // The message takes one or two lines: the window grows with it so the buttons stay in view.
    packageProblem
        .visibleProperty()
        .addListener(
            (obs, was, shown) -> {
              if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
              }
            });
    dialectBox.setItems(FXCollections.observableArrayList(Dialect.values()));
    dialectBox.setConverter(DisplayOnlyConverter.of(Dialect::productName));
    dialectBox.valueProperty().bindBidirectional(vm.dialectProperty());
    tableNumberBox.setItems(FXCollections.observableArrayList(TableNumber.values()));
    tableNumberBox.setConverter(DisplayOnlyConverter.of(SchemaSettingsDialog::tableNumberName));
    tableNumberBox.valueProperty().bindBidirectional(vm.tableNumberProperty());
    timeZoneBox.selectedProperty().bindBidirectional(vm.timestampsWithTimeZoneProperty());
    quoteBox.selectedProperty().bindBidirectional(vm.quoteIdentifiersProperty());
    repositoriesBox.selectedProperty().bindBidirectional(vm.generateRepositoriesProperty());
    jooqBox.selectedProperty().bindBidirectional(vm.generateJooqProperty());
    Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.getStyleClass().add("schema-settings-ok");
    ok.disableProperty().bind(vm.packageProblemProperty().isNotNull());
    ok.addEventFilter(ActionEvent.ACTION, e -> vm.apply());
  }

  static String tableNumberName(TableNumber n) {
    return switch (n) {
      case SINGULAR -> "Singular (order_item)";
      case PLURAL -> "Plural (order_items)";
      case EITHER -> "Either, but all alike";
    };
  }

  /** Shows the dialog without waiting; the base package field has the keyboard. */
  public void show() {
    dialog.show();
    packageField.requestFocus();
    packageField.selectAll();
  }

  public Dialog<ButtonType> dialog() {
    return dialog;
  }
}
