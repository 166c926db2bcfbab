package io.schemaforge.app.ui.export;

import io.schemaforge.app.ui.Theme;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.migration.MigrationStatement;
import io.schemaforge.model.Dialect;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File ▸ Export…: the view of {@link ExportViewModel}. The frame is {@code ExportDialog.fxml}; this
 * class binds it and shows the selected file's statements, diff or content.
 */
public final class ExportDialog {
  private final ExportViewModel viewModel;
  private final Stage stage = new Stage();

  @FXML private TextField targetField;
  @FXML private Button browseButton;
  @FXML private Button previewButton;
  @FXML private Label layoutLabel;
  @FXML private ComboBox<Dialect> dialectBox;
  @FXML private CheckBox withJavaBox;
  @FXML private CheckBox withRepositoriesBox;
  @FXML private CheckBox withJooqBox;
  @FXML private CheckBox overwriteBox;
  @FXML private Label proofLabel;
  @FXML private HBox proofRow;
  @FXML private TextField proofUrlField;
  @FXML private TextField proofUserField;
  @FXML private PasswordField proofPasswordField;
  @FXML private VBox errorBox;
  @FXML private Label errorLabel;
  @FXML private ListView<String> errorDetailsList;
  @FXML private VBox summaryBox;
  @FXML private Label summaryLabel;
  @FXML private ListView<Path> writtenList;
  @FXML private TableView<PreviewFile> fileTable;
  @FXML private Label filesPlaceholder;
  @FXML private TableColumn<PreviewFile, PreviewFile.State> stateColumn;
  @FXML private TableColumn<PreviewFile, String> pathColumn;
  @FXML private Label detailTitle;
  @FXML private Label detailNote;
  @FXML private ListView<io.schemaforge.codegen.migration.MigrationStatement> statementList;
  @FXML private ListView<LineDiff.Line> diffList;
  @FXML private VBox dangerBox;
  @FXML private Label dangerLabel;
  @FXML private CheckBox confirmDangerBox;
  @FXML private ProgressBar progressBar;
  @FXML private Label statusLabel;
  @FXML private Button cancelButton;
  @FXML private Button writeButton;

  /** The statements of the migration selected in the file list. */
  private final javafx.collections.ObservableList<MigrationStatement> shownStatements =
      javafx.collections.FXCollections.observableArrayList();

  @FXML private Button closeButton;

  public ExportDialog(Window owner, ExportViewModel viewModel, Theme theme) {
    this.viewModel = viewModel;
    FXMLLoader loader = new FXMLLoader(ExportDialog.class.getResource("ExportDialog.fxml"));
    loader.setController(this);
    Parent root;
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("ExportDialog.fxml is missing from the build", e);
    }
    Scene scene = new Scene(root);
    scene.getStylesheets().setAll(theme.stylesheets());
    stage.setScene(scene);
    stage.setTitle("Export");
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setMinWidth(820);
    stage.setMinHeight(560);
    stage.setOnCloseRequest(e -> viewModel.cancel());
    bind();
  }

  private void bind() {
    ExportViewModel vm = viewModel;
    targetField.textProperty().bindBidirectional(vm.targetProperty());
    targetField.setOnAction(e -> vm.preview());
    dialectBox.setItems(FXCollections.observableArrayList(Dialect.values()));
    dialectBox.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Dialect d) {
            return d == null
                ? ""
                : d.cliName() + (d == vm.modelDialect() ? " (the model's own)" : "");
          }

          @Override
          public Dialect fromString(String s) {
            return Dialect.parse(s);
          }
        });
    dialectBox.valueProperty().bindBidirectional(vm.dialectProperty());
    withJavaBox.selectedProperty().bindBidirectional(vm.withJavaProperty());
    withRepositoriesBox.selectedProperty().bindBidirectional(vm.withRepositoriesProperty());
    withRepositoriesBox.disableProperty().bind(vm.withJavaProperty().not());
    withJooqBox.selectedProperty().bindBidirectional(vm.withJooqProperty());
    withJooqBox.disableProperty().bind(vm.withJavaProperty().not());
    overwriteBox.selectedProperty().bindBidirectional(vm.overwriteEditedProperty());
    proofUrlField.textProperty().bindBidirectional(vm.proofUrlProperty());
    proofUserField.textProperty().bindBidirectional(vm.proofUserProperty());
    proofPasswordField.textProperty().bindBidirectional(vm.proofPasswordProperty());
    var needsServer = Bindings.createBooleanBinding(vm::needsProofServer, vm.dialectProperty());
    for (var n : List.of(proofLabel, proofRow)) {
      n.visibleProperty().bind(needsServer);
      n.managedProperty().bind(needsServer);
    }
    confirmDangerBox.selectedProperty().bindBidirectional(vm.destructiveConfirmedProperty());

    var busy =
        Bindings.createBooleanBinding(
            () ->
                vm.phaseProperty().get() == ExportViewModel.Phase.PLANNING
                    || vm.phaseProperty().get() == ExportViewModel.Phase.WRITING,
            vm.phaseProperty());
    progressBar.visibleProperty().bind(busy);
    progressBar.managedProperty().bind(busy);
    progressBar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
    statusLabel.textProperty().bind(vm.statusProperty());
    cancelButton.visibleProperty().bind(busy);
    cancelButton.managedProperty().bind(busy);
    cancelButton
        .disableProperty()
        .bind(vm.phaseProperty().isEqualTo(ExportViewModel.Phase.WRITING));
    previewButton.disableProperty().bind(busy);
    browseButton.disableProperty().bind(busy);
    writeButton.disableProperty().bind(vm.canWriteBinding().not());
    writeButton
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  ExportPlan p = vm.planProperty().get();
                  return p == null || p.files().isEmpty()
                      ? "Write files"
                      : "Write " + p.files().size() + " file(s)";
                },
                vm.planProperty()));
    for (var n : List.of(targetField, dialectBox, withJavaBox, overwriteBox, proofRow)) {
      n.disableProperty().bind(busy);
    }

    errorBox.visibleProperty().bind(vm.errorProperty().isNotNull());
    errorBox.managedProperty().bind(errorBox.visibleProperty());
    errorLabel.textProperty().bind(vm.errorProperty());
    errorDetailsList.setItems(vm.errorDetails());
    errorDetailsList.visibleProperty().bind(Bindings.isNotEmpty(vm.errorDetails()));
    errorDetailsList.managedProperty().bind(errorDetailsList.visibleProperty());

    var done = vm.phaseProperty().isEqualTo(ExportViewModel.Phase.WRITTEN);
    summaryBox.visibleProperty().bind(done);
    summaryBox.managedProperty().bind(done);
    summaryLabel.textProperty().bind(vm.statusProperty());
    writtenList.setItems(vm.written());

    layoutLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> vm.planProperty().get() == null ? "shown with the preview" : vm.layoutText(),
                vm.planProperty()));

    bindPreview();
    bindDanger();
  }

  private void bindPreview() {
    fileTable.setItems(viewModel.files());
    fileTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    stateColumn.setCellValueFactory(
        c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().state()));
    stateColumn.setCellFactory(c -> new StateCell());
    pathColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path().toString()));
    pathColumn.setCellFactory(c -> new PathCell());
    statementList.setItems(shownStatements);
    statementList.setCellFactory(l -> new StatementCell());
    statementList.setPlaceholder(new Label("No schema change: no new migration."));
    diffList.setCellFactory(l -> new DiffCell());
    fileTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, f) -> showDetail(f));
    viewModel
        .files()
        .addListener(
            (javafx.collections.ListChangeListener<PreviewFile>)
                c -> {
                  if (!viewModel.files().isEmpty()) {
                    fileTable.getSelectionModel().select(0);
                  } else {
                    showDetail(null);
                  }
                });
    filesPlaceholder
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    switch (viewModel.phaseProperty().get()) {
                      case PLANNING -> "Planning…";
                      case FAILED -> "No preview: see the message above.";
                      default -> "Choose a target folder and press Preview.";
                    },
                viewModel.phaseProperty()));
    showDetail(null);
  }

  private void showDetail(PreviewFile f) {
    boolean migration = f != null && f.kind() == PreviewFile.Kind.MIGRATION;
    statementList.setVisible(migration);
    diffList.setVisible(!migration);
    if (f == null) {
      detailTitle.setText("");
      detailNote.setText("");
      diffList.getItems().clear();
      return;
    }
    detailTitle.setText(f.path() + "  —  " + f.state().label());
    if (migration) {
      shownStatements.setAll(viewModel.statementsOf(f));
      detailNote.setText(
          io.schemaforge.codegen.migration.MigrationScript.counts(shownStatements)
              + "  ·  "
              + f.note());
      return;
    }
    List<LineDiff.Line> lines;
    if (f.hasDiff()) {
      lines = LineDiff.of(f.onDisk(), f.generated());
      detailNote.setText(
          LineDiff.counts(lines) + " lines against the file on disk  ·  " + f.note());
    } else {
      String text = f.generated() != null ? f.generated() : f.onDisk();
      lines =
          text == null
              ? List.of()
              : text.lines().map(l -> new LineDiff.Line(LineDiff.Kind.SAME, l)).toList();
      detailNote.setText(f.note());
    }
    diffList.getItems().setAll(lines);
  }

  private void bindDanger() {
    Runnable update =
        () -> {
          ExportPlan p = viewModel.planProperty().get();
          boolean show = p != null && p.hasDangers();
          dangerBox.setVisible(show);
          dangerBox.setManaged(show);
          if (show) {
            StringBuilder text =
                new StringBuilder(
                    "This migration has "
                        + p.migrations().dangers().size()
                        + " DANGER statement(s) that can lose data or fail on existing rows:");
            p.migrations().dangers().forEach(s -> text.append("\n  DANGER: ").append(s.summary()));
            dangerLabel.setText(text.toString());
          }
        };
    viewModel.planProperty().addListener((obs, old, p) -> update.run());
    update.run();
  }

  @FXML
  private void onBrowse() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Export into project folder");
    String t = viewModel.targetProperty().get();
    if (t != null && !t.isBlank() && Files.isDirectory(Path.of(t.strip()))) {
      chooser.setInitialDirectory(new File(t.strip()));
    }
    File chosen = chooser.showDialog(stage);
    if (chosen != null) {
      viewModel.targetProperty().set(chosen.getAbsolutePath());
      viewModel.preview();
    }
  }

  @FXML
  private void onPreview() {
    viewModel.preview();
  }

  @FXML
  private void onCancel() {
    viewModel.cancel();
  }

  @FXML
  private void onWrite() {
    viewModel.write();
  }

  @FXML
  private void onClose() {
    viewModel.cancel();
    stage.close();
  }

  /** Shows the dialog, and plans at once when the model has a remembered target. */
  public void show() {
    fitToScreen();
    stage.show();
    if (!viewModel.targetProperty().get().isBlank()) {
      viewModel.preview();
    } else {
      targetField.requestFocus();
    }
  }

  // At 150 % a 1080p screen is 720 logical pixels high: the dialog must not open taller than that.
  private void fitToScreen() {
    Window owner = stage.getOwner();
    javafx.geometry.Rectangle2D screen =
        (owner == null
                ? javafx.stage.Screen.getPrimary()
                : javafx.stage.Screen.getScreensForRectangle(
                        owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                    .stream()
                    .findFirst()
                    .orElse(javafx.stage.Screen.getPrimary()))
            .getVisualBounds();
    Parent root = stage.getScene().getRoot();
    if (root instanceof javafx.scene.layout.Region r) {
      double w = Math.min(r.getPrefWidth(), screen.getWidth() * 0.95);
      double h = Math.min(r.getPrefHeight(), screen.getHeight() * 0.92);
      stage.setWidth(w);
      stage.setHeight(h);
      stage.setMinWidth(Math.min(stage.getMinWidth(), w));
      stage.setMinHeight(Math.min(stage.getMinHeight(), h));
    }
  }

  public Stage stage() {
    return stage;
  }

  /** A file's path, cut at the start when narrow: the file name is the part that tells. */
  private static final class PathCell extends TableCell<PreviewFile, String> {
    PathCell() {
      setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
    }

    @Override
    protected void updateItem(String path, boolean empty) {
      super.updateItem(path, empty);
      setText(empty ? null : path);
      setTooltip(empty || path == null ? null : new javafx.scene.control.Tooltip(path));
    }
  }

  /** The status badge of a file: its word on a coloured background. */
  private static final class StateCell extends TableCell<PreviewFile, PreviewFile.State> {
    private final Label badge = new Label();

    StateCell() {
      badge.getStyleClass().add("file-state");
      badge.setMinWidth(USE_PREF_SIZE);
      setGraphic(null);
    }

    @Override
    protected void updateItem(PreviewFile.State s, boolean empty) {
      super.updateItem(s, empty);
      if (empty || s == null) {
        setGraphic(null);
        return;
      }
      badge.setText(s.label());
      badge.getStyleClass().removeIf(c -> c.startsWith("file-state-"));
      badge.getStyleClass().add(s.styleClass());
      setGraphic(badge);
    }
  }
}
