package io.schemaforge.app.ui;

import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.problems.ProblemsView;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.Severity;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window: menu bar, message banner, the canvas over the Problems panel, and a status bar.
 * The frame is {@code MainWindow.fxml}; this class is its controller and wires it to the {@link
 * MainWindowViewModel}.
 */
public final class MainWindow {
  public static final String STYLESHEET = "light.css";
  private static final double PROBLEMS_SHARE = 0.22;

  private final Stage stage;
  private final MainWindowViewModel viewModel;
  private final Scene scene;
  private CanvasView canvasView;
  private ProblemsView problemsView;

  @FXML private MenuItem openItem;
  @FXML private MenuItem quitItem;
  @FXML private MenuItem undoItem;
  @FXML private MenuItem redoItem;
  @FXML private MenuItem zoomInItem;
  @FXML private MenuItem zoomOutItem;
  @FXML private MenuItem fitItem;
  @FXML private HBox messageBanner;
  @FXML private Label messageText;
  @FXML private SplitPane splitPane;
  @FXML private StackPane canvasHost;
  @FXML private StackPane problemsHost;
  @FXML private Label fileStatus;
  @FXML private Label entityStatus;
  @FXML private Label errorStatus;
  @FXML private Label warningStatus;
  @FXML private Label activityStatus;
  @FXML private Label zoomStatus;

  private MainWindow(Stage stage, MainWindowViewModel viewModel) {
    this.stage = stage;
    this.viewModel = viewModel;
    FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
    loader.setController(this);
    Parent root;
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("MainWindow.fxml is missing from the build", e);
    }
    scene = new Scene(root, 1280, 800);
    scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
  }

  /** Builds the window on a stage (not yet shown). */
  public static MainWindow create(Stage stage, MainWindowViewModel viewModel) {
    MainWindow window = new MainWindow(stage, viewModel);
    window.wire();
    return window;
  }

  private void wire() {
    canvasView = new CanvasView(viewModel.canvas());
    canvasHost.getChildren().add(canvasView);
    problemsView = new ProblemsView(viewModel.problems());
    problemsHost.getChildren().add(problemsView);
    SplitPane.setResizableWithParent(problemsHost, false);
    splitPane.setDividerPositions(1 - PROBLEMS_SHARE);
    wireMenus();
    wireStatus();
    stage.setScene(scene);
    stage.titleProperty().bind(viewModel.title());
    stage.setMinWidth(640);
    stage.setMinHeight(400);
    stage.setOnCloseRequest(
        e -> {
          if (!confirmDiscard("quitting")) {
            e.consume();
          }
        });
  }

  private void wireMenus() {
    DocumentViewModel doc = viewModel.document();
    CanvasViewModel canvas = viewModel.canvas();
    openItem.setAccelerator(shortcut(KeyCode.O));
    quitItem.setAccelerator(shortcut(KeyCode.Q));
    undoItem.setAccelerator(shortcut(KeyCode.Z));
    redoItem.setAccelerator(
        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    zoomInItem.setAccelerator(shortcut(KeyCode.EQUALS));
    zoomOutItem.setAccelerator(shortcut(KeyCode.MINUS));
    fitItem.setAccelerator(shortcut(KeyCode.DIGIT0));
    undoItem.textProperty().bind(doc.undoTextProperty());
    undoItem.disableProperty().bind(doc.canUndoProperty().not());
    redoItem.textProperty().bind(doc.redoTextProperty());
    redoItem.disableProperty().bind(doc.canRedoProperty().not());
    // Keyboards differ in where + and - are; these work besides the menu's Ctrl+= and Ctrl+-.
    Map<KeyCombination, Runnable> extra = scene.getAccelerators();
    extra.put(shortcut(KeyCode.PLUS), canvas::zoomIn);
    extra.put(shortcut(KeyCode.ADD), canvas::zoomIn);
    extra.put(shortcut(KeyCode.SUBTRACT), canvas::zoomOut);
    extra.put(shortcut(KeyCode.NUMPAD0), canvas::fitToContent);
    extra.put(shortcut(KeyCode.Y), doc::redo);
  }

  private static KeyCombination shortcut(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }

  private void wireStatus() {
    fileStatus.textProperty().bind(viewModel.fileText());
    entityStatus.textProperty().bind(viewModel.entitiesText());
    errorStatus.textProperty().bind(viewModel.errorsText());
    errorStatus.setGraphic(ProblemsView.severityIcon(Severity.ERROR));
    warningStatus.textProperty().bind(viewModel.warningsText());
    warningStatus.setGraphic(ProblemsView.severityIcon(Severity.WARNING));
    activityStatus.textProperty().bind(viewModel.activityProperty());
    zoomStatus.textProperty().bind(viewModel.zoomText());
    messageText.textProperty().bind(viewModel.messageProperty());
    messageBanner.visibleProperty().bind(viewModel.messageProperty().isNotNull());
    messageBanner.managedProperty().bind(messageBanner.visibleProperty());
  }

  @FXML
  private void onOpen() {
    if (!confirmDiscard("opening another model")) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open Model");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                "Schemaforge models", "*" + ProjectFiles.EXTENSION, "*.json"),
            new FileChooser.ExtensionFilter("All files", "*"));
    Path current = viewModel.document().fileProperty().get();
    if (current != null && current.toAbsolutePath().getParent() != null) {
      chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
    }
    File chosen = chooser.showOpenDialog(stage);
    if (chosen != null) {
      viewModel.open(chosen.toPath());
    }
  }

  @FXML
  private void onQuit() {
    if (confirmDiscard("quitting")) {
      Platform.exit();
    }
  }

  @FXML
  private void onUndo() {
    viewModel.document().undo();
  }

  @FXML
  private void onRedo() {
    viewModel.document().redo();
  }

  @FXML
  private void onZoomIn() {
    viewModel.canvas().zoomIn();
  }

  @FXML
  private void onZoomOut() {
    viewModel.canvas().zoomOut();
  }

  @FXML
  private void onFit() {
    viewModel.canvas().fitToContent();
  }

  @FXML
  private void onDismissMessage() {
    viewModel.dismissMessage();
  }

  /** Asks before unsaved changes are thrown away; true when there are none or the user agrees. */
  private boolean confirmDiscard(String action) {
    if (!viewModel.document().dirtyProperty().get()) {
      return true;
    }
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "The model has unsaved changes. Discard them before " + action + "?",
            ButtonType.CANCEL,
            ButtonType.OK);
    alert.setHeaderText("Discard unsaved changes?");
    alert.initOwner(stage);
    return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  public Scene scene() {
    return scene;
  }

  public Stage stage() {
    return stage;
  }

  public CanvasView canvasView() {
    return canvasView;
  }

  public ProblemsView problemsView() {
    return problemsView;
  }

  public MainWindowViewModel viewModel() {
    return viewModel;
  }
}
