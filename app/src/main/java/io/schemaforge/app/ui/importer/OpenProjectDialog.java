package io.schemaforge.app.ui.importer;

import io.schemaforge.app.ui.Theme;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.model.Dialect;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File ▸ Open Project…: the view of {@link OpenProjectViewModel}. The frame is {@code
 * OpenProjectDialog.fxml}; this class binds it. The dialog stays open after a successful import so
 * its summary and findings can be read; Close dismisses it.
 */
public final class OpenProjectDialog {
  private final OpenProjectViewModel viewModel;
  private final Stage stage = new Stage();

  @FXML private TextField folderField;
  @FXML private Button browseButton;
  @FXML private ComboBox<Dialect> dialectBox;
  @FXML private HBox jdbcRow;
  @FXML private TextField jdbcUrlField;
  @FXML private TextField jdbcUserField;
  @FXML private PasswordField jdbcPasswordField;
  @FXML private VBox errorBox;
  @FXML private Label errorLabel;
  @FXML private VBox summaryBox;
  @FXML private Label summaryLabel;
  @FXML private Label findingsTitle;
  @FXML private ListView<ImportFinding> findingsList;
  @FXML private ProgressBar progressBar;
  @FXML private Label statusLabel;
  @FXML private Button cancelButton;
  @FXML private Button importButton;
  @FXML private Button closeButton;

  public OpenProjectDialog(Window owner, OpenProjectViewModel viewModel, Theme theme) {
    this.viewModel = viewModel;
    FXMLLoader loader =
        new FXMLLoader(OpenProjectDialog.class.getResource("OpenProjectDialog.fxml"));
    loader.setController(this);
    Parent root;
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("OpenProjectDialog.fxml is missing from the build", e);
    }
    Scene scene = new Scene(root);
    scene.getStylesheets().setAll(theme.stylesheets());
    stage.setScene(scene);
    stage.setTitle("Open Project");
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setMinWidth(640);
    stage.setMinHeight(400);
    stage.setOnCloseRequest(e -> viewModel.cancel());
    bind();
  }

  private void bind() {
    OpenProjectViewModel vm = viewModel;
    folderField.textProperty().bindBidirectional(vm.folderProperty());
    folderField.setOnAction(e -> vm.importProject());
    // null stands for "detect", the first and default choice.
    List<Dialect> choices = new ArrayList<>();
    choices.add(null);
    choices.addAll(List.of(Dialect.values()));
    dialectBox.setItems(FXCollections.observableArrayList(choices));
    dialectBox.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Dialect d) {
            return d == null ? "detect (from file names and syntax)" : d.cliName();
          }

          @Override
          public Dialect fromString(String s) {
            return s == null || s.startsWith("detect") ? null : Dialect.parse(s);
          }
        });
    dialectBox.valueProperty().bindBidirectional(vm.dialectProperty());
    jdbcUrlField.textProperty().bindBidirectional(vm.jdbcUrlProperty());
    jdbcUserField.textProperty().bindBidirectional(vm.jdbcUserProperty());
    jdbcPasswordField.textProperty().bindBidirectional(vm.jdbcPasswordProperty());

    BooleanBinding busy = vm.phaseProperty().isEqualTo(OpenProjectViewModel.Phase.IMPORTING);
    progressBar.visibleProperty().bind(busy);
    progressBar.managedProperty().bind(busy);
    // -1 is the bar's own "indeterminate": a step that cannot be counted still shows movement.
    progressBar.progressProperty().bind(vm.progressProperty());
    statusLabel.textProperty().bind(vm.statusProperty());
    cancelButton.visibleProperty().bind(busy);
    cancelButton.managedProperty().bind(busy);
    for (var n : List.of(folderField, browseButton, dialectBox, jdbcRow, importButton)) {
      n.disableProperty().bind(busy);
    }

    errorBox.visibleProperty().bind(vm.errorProperty().isNotNull());
    errorBox.managedProperty().bind(errorBox.visibleProperty());
    errorLabel.textProperty().bind(vm.errorProperty());
    var done = vm.phaseProperty().isEqualTo(OpenProjectViewModel.Phase.IMPORTED);
    summaryBox.visibleProperty().bind(done);
    summaryBox.managedProperty().bind(done);
    summaryLabel.textProperty().bind(vm.summaryProperty());

    findingsList.setItems(vm.findings());
    findingsList.setCellFactory(l -> new FindingCell(l));
    findingsTitle
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.findings().isEmpty()
                        ? "Findings"
                        : "Findings (" + vm.findings().size() + ")",
                vm.findings()));
    Label placeholder = new Label();
    placeholder
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    switch (vm.phaseProperty().get()) {
                      case IMPORTING -> "Importing…";
                      case IMPORTED -> "No findings: every statement was applied.";
                      case FAILED -> "No findings.";
                      case IDLE -> "Choose the project folder and press Import.";
                    },
                vm.phaseProperty()));
    findingsList.setPlaceholder(placeholder);
  }

  @FXML
  private void onBrowse() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open project folder");
    String f = viewModel.folderProperty().get();
    if (f != null && !f.isBlank() && Files.isDirectory(Path.of(f.strip()))) {
      chooser.setInitialDirectory(new File(f.strip()));
    }
    File chosen = chooser.showDialog(stage);
    if (chosen != null) {
      viewModel.folderProperty().set(chosen.getAbsolutePath());
    }
  }

  @FXML
  private void onImport() {
    viewModel.importProject();
  }

  @FXML
  private void onCancel() {
    viewModel.cancel();
  }

  @FXML
  private void onClose() {
    viewModel.cancel();
    stage.close();
  }

  public void show() {
    stage.show();
    folderField.requestFocus();
  }

  public Stage stage() {
    return stage;
  }

  /** One finding as the command line prints it, with its severity as a style class. */
  private static final class FindingCell extends ListCell<ImportFinding> {
    private final Label text = new Label();

    // A wrapping label as the graphic: a finding's path and message are read whole, not cut.
    FindingCell(ListView<ImportFinding> list) {
      text.setWrapText(true);
      text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      text.maxWidthProperty().bind(list.widthProperty().subtract(30));
      setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ImportFinding f, boolean empty) {
      super.updateItem(f, empty);
      text.getStyleClass().removeIf(c -> c.startsWith("import-finding-"));
      if (empty || f == null) {
        setGraphic(null);
        return;
      }
      text.setText(OpenProjectViewModel.describe(f));
      text.getStyleClass()
          .add("import-finding-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
      setGraphic(text);
    }
  }
}
