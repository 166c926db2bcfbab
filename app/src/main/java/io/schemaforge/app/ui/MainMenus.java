package io.schemaforge.app.ui;

import io.schemaforge.app.ui.canvas.CanvasEditor.Creatable;
import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.layout.AutoLayoutAction;
import io.schemaforge.app.ui.minimap.MinimapView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every action of the window, in the order of its menus: the item, its shortcut, what it does, and
 * the tool bar button that does the same. One table, so a button can never run something other than
 * its menu item, and every shortcut of the window can be read in one place.
 */
final class MainMenus {
  private final WindowFrame frame;
  private final Scene scene;
  private final MainWindowViewModel viewModel;
  private final FileActions file;
  private final EditActions edit;
  private final AutoLayoutAction autoLayout;

  MainMenus(
      WindowFrame frame,
      Scene scene,
      MainWindowViewModel viewModel,
      FileActions file,
      EditActions edit,
      AutoLayoutAction autoLayout) {
    this.frame = frame;
    this.scene = scene;
    this.viewModel = viewModel;
    this.file = file;
    this.edit = edit;
    this.autoLayout = autoLayout;
  }

  void install(MinimapView minimap, SidePanels panels) {
    DocumentViewModel doc = viewModel.document();
    CanvasViewModel canvas = viewModel.canvas();

    on("newItem", shortcut(KeyCode.N), file::newModel, "newButton");
    on("openItem", shortcut(KeyCode.O), file::open, "openButton");
    on("openProjectItem", shortcutShift(KeyCode.O), file::openProject);
    on("saveItem", shortcut(KeyCode.S), file::save, "saveButton");
    on("saveAsItem", shortcutShift(KeyCode.S), file::saveAs);
    on("exportItem", shortcut(KeyCode.E), file::export, "exportButton");
    // Ctrl+E exports the project and Ctrl+Shift+E inserts an entity; the image is one Alt away.
    on("exportImageItem", shortcutAlt(KeyCode.E), file::exportImage);
    on("quitItem", shortcut(KeyCode.Q), file::quit);

    Wired undo = on("undoItem", shortcut(KeyCode.Z), edit::undo, "undoButton");
    undo.item().textProperty().bind(doc.undoTextProperty());
    undo.disableWhile(doc.canUndoProperty().not());
    Wired redo = on("redoItem", shortcutShift(KeyCode.Z), edit::redo, "redoButton");
    redo.item().textProperty().bind(doc.redoTextProperty());
    redo.disableWhile(doc.canRedoProperty().not());
    on("copyItem", shortcut(KeyCode.C), edit::copy);
    on("pasteItem", shortcut(KeyCode.V), edit::paste);
    on("duplicateItem", shortcut(KeyCode.D), edit::duplicate);
    on("deleteItem", new KeyCodeCombination(KeyCode.DELETE), edit::delete);
    on("renameItem", new KeyCodeCombination(KeyCode.F2), edit::rename);
    on("selectAllItem", shortcut(KeyCode.A), edit::selectAll);
    on("findItem", shortcut(KeyCode.F), edit::find);

    // Ctrl+E is Export, as in most tools; a new entity is one Shift away (or a double-click).
    on("insertEntityItem", shortcutShift(KeyCode.E), () -> edit.insert(Creatable.ENTITY));
    on("insertNoteItem", shortcutShift(KeyCode.N), () -> edit.insert(Creatable.NOTE));
    on("insertGroupItem", shortcut(KeyCode.G), () -> edit.insert(Creatable.GROUP));
    on("addAttributeItem", shortcutShift(KeyCode.A), edit::addAttribute);

    // Ctrl+S saves; settings are Ctrl+Alt+S, as in the IDEs our users know.
    on("schemaSettingsItem", shortcutAlt(KeyCode.S), edit::schemaSettings);

    on("zoomInItem", shortcut(KeyCode.EQUALS), canvas::zoomIn, "zoomInButton");
    on("zoomOutItem", shortcut(KeyCode.MINUS), canvas::zoomOut, "zoomOutButton");
    on("fitItem", shortcut(KeyCode.DIGIT0), canvas::fitToContent, "fitButton");
    installToggles(minimap, panels);

    on("layoutItem", shortcut(KeyCode.L), autoLayout::run, "layoutButton")
        .disableWhile(autoLayout.runningProperty());

    // Keyboards differ in where + and - are; these work besides the menu's Ctrl+= and Ctrl+-.
    Map<KeyCombination, Runnable> extra = scene.getAccelerators();
    extra.put(shortcut(KeyCode.PLUS), canvas::zoomIn);
    extra.put(shortcut(KeyCode.ADD), canvas::zoomIn);
    extra.put(shortcut(KeyCode.SUBTRACT), canvas::zoomOut);
    extra.put(shortcut(KeyCode.NUMPAD0), canvas::fitToContent);
    extra.put(shortcut(KeyCode.Y), edit::redo);
  }

  /** View ▸ Outline, Minimap and Dark Theme: check items that show what they switch. */
  private void installToggles(MinimapView minimap, SidePanels panels) {
    CheckMenuItem outlineItem = frame.part("outlineItem", CheckMenuItem.class);
    outlineItem.setAccelerator(shortcutShift(KeyCode.U));
    outlineItem.setSelected(true);
    outlineItem.setOnAction(e -> panels.showOutline(outlineItem.isSelected()));
    CheckMenuItem minimapItem = frame.part("minimapItem", CheckMenuItem.class);
    minimapItem.setAccelerator(shortcutShift(KeyCode.M));
    minimapItem.setSelected(true);
    minimap.visibleProperty().bind(minimapItem.selectedProperty());
    CheckMenuItem darkItem = frame.part("darkItem", CheckMenuItem.class);
    darkItem.setAccelerator(shortcutShift(KeyCode.D));
    darkItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);
    darkItem.setOnAction(
        e -> viewModel.themeProperty().set(darkItem.isSelected() ? Theme.DARK : Theme.LIGHT));
  }

  private Wired on(String itemId, KeyCombination key, Runnable action, String... buttonIds) {
    MenuItem item = frame.part(itemId, MenuItem.class);
    item.setAccelerator(key);
    item.setOnAction(e -> action.run());
    List<Button> buttons = new ArrayList<>();
    for (String id : buttonIds) {
      Button button = frame.part(id, Button.class);
      button.setOnAction(e -> action.run());
      buttons.add(button);
    }
    return new Wired(item, buttons);
  }

  /** A menu item and the tool bar buttons that run the same action. */
  private record Wired(MenuItem item, List<Button> buttons) {
    void disableWhile(ObservableBooleanValue disabled) {
      item.disableProperty().bind(disabled);
      buttons.forEach(b -> b.disableProperty().bind(disabled));
    }
  }

  private static KeyCombination shortcut(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }

  private static KeyCombination shortcutShift(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  }

  private static KeyCombination shortcutAlt(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
  }
}
