package io.schemaforge.app.ui;

import io.schemaforge.app.ui.canvas.CanvasClipboard;
import io.schemaforge.app.ui.canvas.CanvasEditor;
import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.image.ExportImageAction;
import io.schemaforge.app.ui.inspector.InspectorView;
import io.schemaforge.app.ui.inspector.InspectorViewModel;
import io.schemaforge.app.ui.layout.AutoLayoutAction;
import io.schemaforge.app.ui.minimap.MinimapView;
import io.schemaforge.app.ui.outline.OutlineView;
import io.schemaforge.app.ui.palette.PaletteView;
import io.schemaforge.app.ui.problems.ProblemsView;
import io.schemaforge.app.ui.search.SearchField;
import io.schemaforge.app.ui.settings.SchemaSettingsDialog;
import io.schemaforge.app.ui.settings.SchemaSettingsViewModel;
import io.schemaforge.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: menus and tool bar, palette, canvas over the Problems panel, the inspector, and
 * a status bar. The frame is {@code MainWindow.fxml}; this class is its controller and wires it to
 * the {@link MainWindowViewModel}. Every action is in a menu with its shortcut.
 */
public final class MainWindow {
  private static final double PROBLEMS_SHARE = 0.24;

  /** How often the recovery copy is refreshed while there are unsaved changes. */
  static final Duration AUTOSAVE_EVERY = Duration.seconds(5);

  private final Stage stage;
  private final MainWindowViewModel viewModel;
  private final Scene scene;
  private final FileDialogs files;
  private CanvasView canvasView;
  private ProblemsView problemsView;
  private InspectorView inspectorView;
  private CanvasClipboard clipboard;
  private AutoLayoutAction autoLayout;
  private MinimapView minimap;
  private OutlineView outline;
  private SidePanels panels;

  @FXML private MenuItem newItem;
  @FXML private MenuItem openItem;
  @FXML private Menu recentMenu;
  @FXML private MenuItem saveItem;
  @FXML private MenuItem saveAsItem;
  @FXML private MenuItem exportItem;
  @FXML private MenuItem exportImageItem;
  @FXML private MenuItem quitItem;
  @FXML private MenuItem undoItem;
  @FXML private MenuItem redoItem;
  @FXML private MenuItem copyItem;
  @FXML private MenuItem pasteItem;
  @FXML private MenuItem duplicateItem;
  @FXML private MenuItem deleteItem;
  @FXML private MenuItem renameItem;
  @FXML private MenuItem selectAllItem;
  @FXML private MenuItem findItem;
  @FXML private MenuItem insertEntityItem;
  @FXML private MenuItem insertNoteItem;
  @FXML private MenuItem insertGroupItem;
  @FXML private MenuItem addAttributeItem;
  @FXML private MenuItem zoomInItem;
  @FXML private MenuItem zoomOutItem;
  @FXML private MenuItem fitItem;
  @FXML private MenuItem openProjectItem;
  @FXML private CheckMenuItem darkItem;
  @FXML private MenuItem layoutItem;
  @FXML private MenuItem schemaSettingsItem;
  @FXML private Button undoButton;
  @FXML private Button redoButton;
  @FXML private Button layoutButton;
  @FXML private TextField searchField;
  @FXML private HBox messageBanner;
  @FXML private Label messageText;
  @FXML private HBox recoveryBanner;
  @FXML private Label recoveryText;
  @FXML private SplitPane mainSplit;
  @FXML private SplitPane splitPane;
  @FXML private StackPane paletteHost;
  @FXML private StackPane outlineHost;
  @FXML private CheckMenuItem outlineItem;
  @FXML private CheckMenuItem minimapItem;
  @FXML private StackPane canvasHost;
  @FXML private StackPane problemsHost;
  @FXML private StackPane inspectorHost;
  @FXML private Label fileStatus;
  @FXML private Label entityStatus;
  @FXML private Label errorStatus;
  @FXML private Label warningStatus;
  @FXML private Label activityStatus;
  @FXML private Label zoomStatus;

  private MainWindow(Stage stage, MainWindowViewModel viewModel) {
    this.stage = stage;
    this.viewModel = viewModel;
    this.files = new FileDialogs(stage, viewModel);
    FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
    loader.setController(this);
    Parent root;
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("MainWindow.fxml is missing from the build", e);
    }
    scene = new Scene(root, 1280, 800);
    viewModel.themeProperty().get().apply(scene);
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
    io.schemaforge.app.ui.canvas.CardResizeGesture.install(canvasView, viewModel.canvas());
    minimap = new MinimapView(viewModel.canvas());
    StackPane.setAlignment(minimap, javafx.geometry.Pos.BOTTOM_RIGHT);
    StackPane.setMargin(minimap, new javafx.geometry.Insets(0, 12, 12, 0));
    canvasHost.getChildren().add(minimap);
    outline = new OutlineView(viewModel.document(), viewModel.canvas());
    outlineHost.getChildren().add(outline);
    clipboard = new CanvasClipboard(viewModel.document(), viewModel.canvas(), canvasView.editor());
    paletteHost.getChildren().add(new PaletteView(canvasView));
    problemsView = new ProblemsView(viewModel.problems());
    problemsHost.getChildren().add(problemsView);
    inspectorView =
        new InspectorView(
            viewModel.inspector(),
            id -> viewModel.document().model().schema().entity(id).orElse(null));
    inspectorHost.getChildren().add(inspectorView);
    viewModel.inspector().setCardWidth(io.schemaforge.app.ui.canvas.CardWidth.measured());
    SplitPane.setResizableWithParent(problemsHost, false);
    splitPane.setDividerPositions(1 - PROBLEMS_SHARE);
    panels =
        new SidePanels(
            mainSplit,
            outlineHost,
            splitPane,
            inspectorHost,
            io.schemaforge.app.ui.files.SettingsFolder.path().resolve("panels.properties"));
    // Nothing selected, nothing to inspect: the canvas gets the inspector's width meanwhile.
    viewModel
        .inspector()
        .modeProperty()
        .addListener((obs, old, mode) -> panels.showInspector(shouldShowInspector(mode)));
    panels.showInspector(shouldShowInspector(viewModel.inspector().modeProperty().get()));
    autoLayout = new AutoLayoutAction(viewModel, canvasView);
    new SearchField(searchField, viewModel.search(), viewModel.canvas()).install();
    wireMenus();
    wireStatus();
    wireFiles();
    stage.setScene(scene);
    stage.titleProperty().bind(viewModel.title());
    stage.setMinWidth(900);
    stage.setMinHeight(560);
    stage.setOnCloseRequest(
        e -> {
          // Closed below once the changes are safe, which may take a save written meanwhile.
          e.consume();
          files.whenChangesAreSafe(
              "closing",
              () -> {
                viewModel.closing();
                stage.close();
              });
        });
  }

  private void wireMenus() {
    DocumentViewModel doc = viewModel.document();
    CanvasViewModel canvas = viewModel.canvas();
    newItem.setAccelerator(shortcut(KeyCode.N));
    openItem.setAccelerator(shortcut(KeyCode.O));
    openProjectItem.setAccelerator(shortcutShift(KeyCode.O));
    saveItem.setAccelerator(shortcut(KeyCode.S));
    saveAsItem.setAccelerator(shortcutShift(KeyCode.S));
    // Ctrl+E exports the project and Ctrl+Shift+E inserts an entity; the image is one Alt away.
    exportImageItem.setAccelerator(
        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
    quitItem.setAccelerator(shortcut(KeyCode.Q));
    undoItem.setAccelerator(shortcut(KeyCode.Z));
    redoItem.setAccelerator(shortcutShift(KeyCode.Z));
    copyItem.setAccelerator(shortcut(KeyCode.C));
    pasteItem.setAccelerator(shortcut(KeyCode.V));
    duplicateItem.setAccelerator(shortcut(KeyCode.D));
    deleteItem.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
    renameItem.setAccelerator(new KeyCodeCombination(KeyCode.F2));
    selectAllItem.setAccelerator(shortcut(KeyCode.A));
    findItem.setAccelerator(shortcut(KeyCode.F));
    // Ctrl+E is Export, as in most tools; a new entity is one Shift away (or a double-click).
    insertEntityItem.setAccelerator(shortcutShift(KeyCode.E));
    insertNoteItem.setAccelerator(shortcutShift(KeyCode.N));
    insertGroupItem.setAccelerator(shortcut(KeyCode.G));
    addAttributeItem.setAccelerator(shortcutShift(KeyCode.A));
    zoomInItem.setAccelerator(shortcut(KeyCode.EQUALS));
    zoomOutItem.setAccelerator(shortcut(KeyCode.MINUS));
    fitItem.setAccelerator(shortcut(KeyCode.DIGIT0));
    layoutItem.setAccelerator(shortcut(KeyCode.L));
    // Ctrl+S saves; settings are Ctrl+Alt+S, as in the IDEs our users know.
    schemaSettingsItem.setAccelerator(
        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
    darkItem.setAccelerator(shortcutShift(KeyCode.D));
    undoItem.textProperty().bind(doc.undoTextProperty());
    undoItem.disableProperty().bind(doc.canUndoProperty().not());
    redoItem.textProperty().bind(doc.redoTextProperty());
    redoItem.disableProperty().bind(doc.canRedoProperty().not());
    undoButton.disableProperty().bind(doc.canUndoProperty().not());
    redoButton.disableProperty().bind(doc.canRedoProperty().not());
    layoutItem.disableProperty().bind(autoLayout.runningProperty());
    layoutButton.disableProperty().bind(autoLayout.runningProperty());
    exportItem.setAccelerator(shortcut(KeyCode.E));
    minimapItem.setAccelerator(shortcutShift(KeyCode.M));
    minimapItem.setSelected(true);
    minimap.visibleProperty().bind(minimapItem.selectedProperty());
    outlineItem.setAccelerator(shortcutShift(KeyCode.U));
    outlineItem.setSelected(true);
    outlineItem.setOnAction(e -> panels.showOutline(outlineItem.isSelected()));
    darkItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);
    darkItem.setOnAction(
        e -> viewModel.themeProperty().set(darkItem.isSelected() ? Theme.DARK : Theme.LIGHT));
    viewModel.themeProperty().addListener((obs, old, theme) -> theme.apply(scene));
    // Keyboards differ in where + and - are; these work besides the menu's Ctrl+= and Ctrl+-.
    Map<KeyCombination, Runnable> extra = scene.getAccelerators();
    extra.put(shortcut(KeyCode.PLUS), canvas::zoomIn);
    extra.put(shortcut(KeyCode.ADD), canvas::zoomIn);
    extra.put(shortcut(KeyCode.SUBTRACT), canvas::zoomOut);
    extra.put(shortcut(KeyCode.NUMPAD0), canvas::fitToContent);
    extra.put(shortcut(KeyCode.Y), doc::redo);
  }

  private static boolean shouldShowInspector(InspectorViewModel.Mode mode) {
    return mode != InspectorViewModel.Mode.EMPTY;
  }

  /** The outline and the inspector beside the canvas, for tests. */
  SidePanels sidePanels() {
    return panels;
  }

  private static KeyCombination shortcut(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }

  private static KeyCombination shortcutShift(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
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

  private void wireFiles() {
    viewModel.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecentMenu());
    fillRecentMenu();
    recoveryBanner.visibleProperty().bind(viewModel.recoveryOfferProperty().isNotNull());
    recoveryBanner.managedProperty().bind(recoveryBanner.visibleProperty());
    // A binding, not a listener: a copy read before the window was built (the read may finish
    // before its callback is attached, which then runs at once) must be worded too.
    recoveryText
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> {
                  var r = viewModel.recoveryOfferProperty().get();
                  if (r == null) {
                    return "";
                  }
                  String when =
                      DateTimeFormatter.ofPattern("d MMM HH:mm")
                          .withZone(ZoneId.systemDefault())
                          .format(r.savedAt());
                  String of =
                      r.originalFile() == null
                          ? "an untitled model"
                          : r.originalFile().getFileName().toString();
                  return "Unsaved changes to "
                      + of
                      + " from "
                      + when
                      + " were found. Recover them?";
                },
                viewModel.recoveryOfferProperty()));
    Timeline autosave =
        new Timeline(
            new KeyFrame(
                AUTOSAVE_EVERY,
                e -> {
                  // Only a snapshot is taken here (the file is written in the background), and
                  // not in the middle of a drag: the next tick after it catches up.
                  if (viewModel.canvas().movingEntitiesProperty().get().isEmpty()) {
                    viewModel.autosave();
                  }
                }));
    autosave.setCycleCount(Timeline.INDEFINITE);
    autosave.play();
    // Reading a big model happens in the background; the pointer says the window is busy with it.
    viewModel
        .openingProperty()
        .addListener((obs, was, busy) -> scene.setCursor(busy ? javafx.scene.Cursor.WAIT : null));
    // Its first validation must not compete with drawing an opened model: it starts once drawn.
    viewModel.checkAfter(new AfterFrames(3));
  }

  private void fillRecentMenu() {
    recentMenu.getItems().clear();
    for (Path p : viewModel.recentFiles().files()) {
      MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> openFile(p));
      recentMenu.getItems().add(item);
    }
    recentMenu.setDisable(recentMenu.getItems().isEmpty());
  }

  private void openFile(Path p) {
    files.whenChangesAreSafe("opening another model", () -> viewModel.openInBackground(p));
  }

  /**
   * Whether a text field or the attribute table has the keyboard, so Delete and Ctrl+C are theirs.
   */
  private boolean typingElsewhere() {
    Node focus = scene.getFocusOwner();
    return focus instanceof TextInputControl || focus instanceof TableView;
  }

  @FXML
  private void onNew() {
    files.whenChangesAreSafe("starting a new model", viewModel::newModel);
  }

  @FXML
  private void onOpen() {
    files.whenChangesAreSafe(
        "opening another model", () -> files.chooseToOpen().ifPresent(viewModel::openInBackground));
  }

  @FXML
  private void onOpenProject() {
    canvasView.commitInlineEdit();
    files.whenChangesAreSafe("opening a project", () -> OpenProjectDialogs.open(stage, viewModel));
  }

  @FXML
  private void onSave() {
    files.save();
  }

  @FXML
  private void onSaveAs() {
    files.saveAs();
  }

  @FXML
  private void onExportImage() {
    new ExportImageAction(stage, viewModel).run();
  }

  @FXML
  private void onQuit() {
    files.whenChangesAreSafe(
        "quitting",
        () -> {
          viewModel.closing();
          Platform.exit();
        });
  }

  @FXML
  private void onExport() {
    canvasView.commitInlineEdit();
    ExportDialogs.open(stage, viewModel);
  }

  @FXML
  private void onUndo() {
    canvasView.commitInlineEdit();
    viewModel.document().undo();
  }

  @FXML
  private void onRedo() {
    viewModel.document().redo();
  }

  @FXML
  private void onCopy() {
    if (!typingElsewhere()) {
      clipboard.copy();
    }
  }

  @FXML
  private void onPaste() {
    if (!typingElsewhere()) {
      clipboard.paste();
    }
  }

  @FXML
  private void onDuplicate() {
    clipboard.duplicate();
  }

  @FXML
  private void onDelete() {
    if (!typingElsewhere()) {
      canvasView.confirmAndDeleteSelection();
    }
  }

  @FXML
  private void onRename() {
    String id = viewModel.canvas().selectedEntityIdProperty().get();
    if (id != null) {
      canvasView.startRenameEntity(id);
    }
  }

  @FXML
  private void onSelectAll() {
    if (!typingElsewhere()) {
      viewModel
          .canvas()
          .selection()
          .selectEntities(
              viewModel.document().model().schema().entities().stream().map(e -> e.id()).toList());
    }
  }

  @FXML
  private void onFind() {
    searchField.requestFocus();
    searchField.selectAll();
  }

  @FXML
  private void onInsertEntity() {
    insert(CanvasEditor.Creatable.ENTITY);
  }

  @FXML
  private void onInsertNote() {
    insert(CanvasEditor.Creatable.NOTE);
  }

  @FXML
  private void onInsertGroup() {
    insert(CanvasEditor.Creatable.GROUP);
  }

  private void insert(CanvasEditor.Creatable what) {
    javafx.geometry.Bounds b = canvasView.localToScreen(canvasView.getLayoutBounds());
    canvasView.drop(what, b.getCenterX(), b.getCenterY());
  }

  @FXML
  private void onAddAttribute() {
    if (viewModel.canvas().selectedEntityIdProperty().get() != null) {
      inspectorView.focusAttributeEntry();
    }
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
  private void onSchemaSettings() {
    canvasView.commitInlineEdit();
    new SchemaSettingsDialog(
            stage,
            new SchemaSettingsViewModel(viewModel.document()),
            viewModel.themeProperty().get())
        .show();
  }

  @FXML
  private void onAutoLayout() {
    autoLayout.run();
  }

  @FXML
  private void onDismissMessage() {
    viewModel.dismissMessage();
  }

  @FXML
  private void onRecover() {
    files.whenChangesAreSafe("recovering", viewModel::recover);
  }

  @FXML
  private void onDiscardRecovery() {
    viewModel.discardRecovery();
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

  public MinimapView minimap() {
    return minimap;
  }

  public OutlineView outline() {
    return outline;
  }

  public ProblemsView problemsView() {
    return problemsView;
  }

  public InspectorView inspectorView() {
    return inspectorView;
  }

  public MainWindowViewModel viewModel() {
    return viewModel;
  }
}
