package io.schemaforge.app.ui;

import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.canvas.CardResizeGesture;
import io.schemaforge.app.ui.canvas.CardWidth;
import io.schemaforge.app.ui.files.SettingsFolder;
import io.schemaforge.app.ui.inspector.InspectorView;
import io.schemaforge.app.ui.inspector.InspectorViewModel;
import io.schemaforge.app.ui.layout.AutoLayoutAction;
import io.schemaforge.app.ui.minimap.MinimapView;
import io.schemaforge.app.ui.outline.OutlineView;
import io.schemaforge.app.ui.palette.PaletteView;
import io.schemaforge.app.ui.problems.ProblemsView;
import io.schemaforge.app.ui.search.SearchField;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window: menus and tool bar, palette, canvas over the Problems panel, the inspector, and
 * a status bar. The frame is {@code MainWindow.fxml} ({@link WindowFrame}); this class puts the
 * views into it and hands the rest to the classes named after what they wire: {@link MainMenus}
 * (every action, its shortcut and tool bar button), {@link StatusBar}, {@link WindowBanners}, the
 * {@link RecentFilesMenu} and the {@link AutosaveTimer}.
 */
public final class MainWindow {
  private static final double PROBLEMS_SHARE = 0.24;

  private final Stage stage;
  private final MainWindowViewModel viewModel;
  private final WindowFrame frame;
  private final Scene scene;
  private CanvasView canvasView;
  private ProblemsView problemsView;
  private InspectorView inspectorView;
  private MinimapView minimap;
  private OutlineView outline;
  private SidePanels panels;

  private MainWindow(Stage stage, MainWindowViewModel viewModel) {
    this.stage = stage;
    this.viewModel = viewModel;
    this.frame = WindowFrame.load();
    scene = new Scene(frame.root(), 1280, 800);
    viewModel.themeProperty().get().apply(scene);
  }

  /** Builds the window on a stage (not yet shown). */
  public static MainWindow create(Stage stage, MainWindowViewModel viewModel) {
    MainWindow window = new MainWindow(stage, viewModel);
    window.wire();
    return window;
  }

  private void wire() {
    addViews();
    addSidePanels();
    AutoLayoutAction autoLayout = new AutoLayoutAction(viewModel, canvasView);
    TextField searchField = frame.part("searchField", TextField.class);
    new SearchField(searchField, viewModel.search(), viewModel.canvas()).install();
    FileDialogs files = new FileDialogs(stage, viewModel);
    FileActions fileActions = new FileActions(stage, viewModel, files, canvasView);
    EditActions editActions =
        new EditActions(stage, scene, viewModel, canvasView, inspectorView, searchField);
    new MainMenus(frame, scene, viewModel, fileActions, editActions, autoLayout)
        .install(minimap, panels);
    viewModel.themeProperty().addListener((obs, old, theme) -> theme.apply(scene));
    StatusBar.bind(frame, viewModel);
    WindowBanners.bind(frame, viewModel, files);
    RecentFilesMenu.bind(
        frame.part("recentMenu", Menu.class),
        viewModel.recentFiles().files(),
        fileActions::openRecent);
    AutosaveTimer.start(viewModel);
    // Reading a big model happens in the background; the pointer says the window is busy with it.
    viewModel
        .openingProperty()
        .addListener((obs, was, busy) -> scene.setCursor(busy ? Cursor.WAIT : null));
    // Its first validation must not compete with drawing an opened model: it starts once drawn.
    viewModel.checkAfter(new AfterFrames(3));
    stage.setScene(scene);
    stage.titleProperty().bind(viewModel.title());
    stage.setMinWidth(900);
    stage.setMinHeight(560);
    stage.setOnCloseRequest(
        e -> {
          // Closed once the changes are safe, which may take a save written meanwhile.
          e.consume();
          fileActions.close();
        });
  }

  /**
   * The palette, the canvas with its minimap, the Problems panel, the outline and the inspector.
   */
  private void addViews() {
    StackPane canvasHost = host("canvasHost");
    canvasView = new CanvasView(viewModel.canvas());
    canvasHost.getChildren().add(canvasView);
    CardResizeGesture.install(canvasView, viewModel.canvas());
    minimap = new MinimapView(viewModel.canvas());
    StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
    StackPane.setMargin(minimap, new Insets(0, 12, 12, 0));
    canvasHost.getChildren().add(minimap);
    outline = new OutlineView(viewModel.document(), viewModel.canvas());
    host("outlineHost").getChildren().add(outline);
    host("paletteHost").getChildren().add(new PaletteView(canvasView));
    problemsView = new ProblemsView(viewModel.problems());
    host("problemsHost").getChildren().add(problemsView);
    inspectorView =
        new InspectorView(
            viewModel.inspector(),
            id -> viewModel.document().model().schema().entity(id).orElse(null));
    host("inspectorHost").getChildren().add(inspectorView);
    viewModel.inspector().setCardWidth(CardWidth.measured());
  }

  private void addSidePanels() {
    SplitPane splitPane = frame.part("splitPane", SplitPane.class);
    SplitPane.setResizableWithParent(host("problemsHost"), false);
    splitPane.setDividerPositions(1 - PROBLEMS_SHARE);
    panels =
        new SidePanels(
            frame.part("mainSplit", SplitPane.class),
            host("outlineHost"),
            splitPane,
            host("inspectorHost"),
            SettingsFolder.path().resolve("panels.properties"));
    // Nothing selected, nothing to inspect: the canvas gets the inspector's width meanwhile.
    viewModel
        .inspector()
        .modeProperty()
        .addListener((obs, old, mode) -> panels.showInspector(shouldShowInspector(mode)));
    panels.showInspector(shouldShowInspector(viewModel.inspector().modeProperty().get()));
  }

  private StackPane host(String id) {
    return frame.part(id, StackPane.class);
  }

  private static boolean shouldShowInspector(InspectorViewModel.Mode mode) {
    return mode != InspectorViewModel.Mode.EMPTY;
  }

  /** The outline and the inspector beside the canvas, for tests. */
  SidePanels sidePanels() {
    return panels;
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
