package io.schemaforge.app.ui;

import io.schemaforge.app.ui.canvas.CanvasClipboard;
import io.schemaforge.app.ui.canvas.CanvasEditor;
import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.inspector.InspectorView;
import io.schemaforge.app.ui.settings.SchemaSettingsDialog;
import io.schemaforge.app.ui.settings.SchemaSettingsViewModel;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * What the Edit, Insert and Model menus do to the model on the canvas. Their shortcuts are
 * window-wide, so the ones a text field also knows (Delete, Ctrl+C, Ctrl+V, Ctrl+A) step aside
 * while the user is typing.
 */
final class EditActions {
  private final Stage stage;
  private final Scene scene;
  private final MainWindowViewModel viewModel;
  private final CanvasView canvasView;
  private final CanvasClipboard clipboard;
  private final InspectorView inspectorView;
  private final TextField searchField;

  EditActions(
      Stage stage,
      Scene scene,
      MainWindowViewModel viewModel,
      CanvasView canvasView,
      InspectorView inspectorView,
      TextField searchField) {
    this.stage = stage;
    this.scene = scene;
    this.viewModel = viewModel;
    this.canvasView = canvasView;
    this.clipboard =
        new CanvasClipboard(viewModel.document(), viewModel.canvas(), canvasView.editor());
    this.inspectorView = inspectorView;
    this.searchField = searchField;
  }

  void undo() {
    // A name still being typed becomes an edit first, so Undo takes that one back.
    canvasView.commitInlineEdit();
    viewModel.document().undo();
  }

  void redo() {
    viewModel.document().redo();
  }

  void copy() {
    unlessTyping(clipboard::copy);
  }

  void paste() {
    unlessTyping(clipboard::paste);
  }

  void duplicate() {
    clipboard.duplicate();
  }

  void delete() {
    unlessTyping(canvasView::confirmAndDeleteSelection);
  }

  void rename() {
    String id = viewModel.canvas().selectedEntityIdProperty().get();
    if (id != null) {
      canvasView.startRenameEntity(id);
    }
  }

  void selectAll() {
    unlessTyping(
        () ->
            viewModel
                .canvas()
                .selection()
                .selectEntities(
                    viewModel.document().model().schema().entities().stream()
                        .map(e -> e.id())
                        .toList()));
  }

  void find() {
    searchField.requestFocus();
    searchField.selectAll();
  }

  /** Puts a new entity, note or group in the middle of the visible canvas. */
  void insert(CanvasEditor.Creatable what) {
    Bounds b = canvasView.localToScreen(canvasView.getLayoutBounds());
    canvasView.drop(what, b.getCenterX(), b.getCenterY());
  }

  void addAttribute() {
    if (viewModel.canvas().selectedEntityIdProperty().get() != null) {
      inspectorView.focusAttributeEntry();
    }
  }

  void schemaSettings() {
    canvasView.commitInlineEdit();
    new SchemaSettingsDialog(
            stage,
            new SchemaSettingsViewModel(viewModel.document()),
            viewModel.themeProperty().get())
        .show();
  }

  private void unlessTyping(Runnable action) {
    if (!typingElsewhere()) {
      action.run();
    }
  }

  /**
   * Whether a text field or the attribute table has the keyboard, so Delete and Ctrl+C are theirs.
   */
  private boolean typingElsewhere() {
    Node focus = scene.getFocusOwner();
    return focus instanceof TextInputControl || focus instanceof TableView;
  }
}
