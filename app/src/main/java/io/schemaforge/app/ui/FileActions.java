package io.schemaforge.app.ui;

import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.image.ExportImageAction;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * What the File menu does. Everything that would replace or leave the document first asks about
 * unsaved changes ({@link FileDialogs#whenChangesAreSafe}). Export… and Open Project… first end a
 * name still being typed on the canvas: the export must see it, and the question about unsaved
 * changes must count it.
 */
final class FileActions {
  private final Stage stage;
  private final MainWindowViewModel viewModel;
  private final FileDialogs files;
  private final CanvasView canvasView;
  // One for the window, so a second Export Image… while one runs is told to wait.
  private final ExportImageAction exportImage;

  FileActions(
      Stage stage, MainWindowViewModel viewModel, FileDialogs files, CanvasView canvasView) {
    this.stage = stage;
    this.viewModel = viewModel;
    this.files = files;
    this.canvasView = canvasView;
    this.exportImage = new ExportImageAction(stage, viewModel, canvasView);
  }

  void newModel() {
    files.whenChangesAreSafe("starting a new model", viewModel::newModel);
  }

  void open() {
    files.whenChangesAreSafe(
        "opening another model", () -> files.chooseToOpen().ifPresent(viewModel::openInBackground));
  }

  void openRecent(Path file) {
    files.whenChangesAreSafe("opening another model", () -> viewModel.openInBackground(file));
  }

  void openProject() {
    canvasView.commitInlineEdit();
    files.whenChangesAreSafe("opening a project", () -> OpenProjectDialogs.open(stage, viewModel));
  }

  void save() {
    files.save();
  }

  void saveAs() {
    files.saveAs();
  }

  void export() {
    canvasView.commitInlineEdit();
    ExportDialogs.open(stage, viewModel);
  }

  void exportImage() {
    canvasView.commitInlineEdit();
    exportImage.run();
  }

  void quit() {
    leaveAfter("quitting", Platform::exit);
  }

  /** Closing the window, as its close button asks: the same questions as Quit. */
  void close() {
    leaveAfter("closing", stage::close);
  }

  private void leaveAfter(String action, Runnable leave) {
    files.whenChangesAreSafe(
        action,
        () -> {
          viewModel.closing();
          leave.run();
        });
  }
}
