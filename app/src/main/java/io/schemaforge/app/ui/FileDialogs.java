package io.schemaforge.app.ui;

import io.schemaforge.projectfile.ProjectFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The file side of the window: choosing files to open and save, and asking what to do with unsaved
 * changes before they would be lost.
 */
final class FileDialogs {
  private static final System.Logger LOG = System.getLogger(FileDialogs.class.getName());
  private final Stage stage;
  private final MainWindowViewModel viewModel;

  FileDialogs(Stage stage, MainWindowViewModel viewModel) {
    this.stage = stage;
    this.viewModel = viewModel;
  }

  Optional<Path> chooseToOpen() {
    FileChooser chooser = chooser("Open Model");
    File chosen = chooser.showOpenDialog(stage);
    return Optional.ofNullable(chosen).map(File::toPath);
  }

  Optional<Path> chooseToSave() {
    FileChooser chooser = chooser("Save Model As");
    Path current = viewModel.document().fileProperty().get();
    chooser.setInitialFileName(
        current == null ? "model" + ProjectFiles.EXTENSION : current.getFileName().toString());
    File chosen = chooser.showSaveDialog(stage);
    return Optional.ofNullable(chosen).map(File::toPath);
  }

  private FileChooser chooser(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
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
    return chooser;
  }

  /**
   * Saves to the document's file, or asks for one first; completes (once recorded on the FX thread)
   * with false when cancelled or failed. The file is written in the background.
   */
  CompletableFuture<Boolean> save() {
    if (viewModel.document().fileProperty().get() != null) {
      return viewModel.save();
    }
    return saveAs();
  }

  CompletableFuture<Boolean> saveAs() {
    return chooseToSave()
        .map(viewModel::saveAs)
        .orElseGet(() -> CompletableFuture.completedFuture(false));
  }

  /**
   * Runs {@code proceed} on the FX thread once going on loses no unsaved changes: at once when
   * there are none; otherwise after asking Save, Don't Save or Cancel, and for Save once the file
   * is written. Never when the user cancels or the save fails (the banner says why). Saves still
   * being written are waited for first, without blocking the window: closing right after Ctrl+S
   * must neither ask about changes that save is storing nor exit before the file is complete. An
   * edit made while the chosen save is written is asked about again.
   */
  void whenChangesAreSafe(String action, Runnable proceed) {
    viewModel
        .savesFinished()
        // Async on the FX thread: a future may run what depends on it in whichever thread waits
        // for it, and a dialog or the stage must only be touched on the FX thread.
        .thenRunAsync(() -> askUnlessSaved(action, proceed), FxThread.INSTANCE)
        .whenComplete(
            (done, failure) -> {
              if (failure != null) {
                // A future would swallow it; a bug in what follows must at least be logged.
                LOG.log(
                    System.Logger.Level.ERROR, "after asking about changes: " + action, failure);
              }
            });
  }

  private void askUnlessSaved(String action, Runnable proceed) {
    if (!viewModel.document().dirtyProperty().get()) {
      proceed.run();
      return;
    }
    ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "Your changes will be lost if you don't save them.",
            save,
            discard,
            ButtonType.CANCEL);
    alert.setHeaderText("Save changes before " + action + "?");
    alert.initOwner(stage);
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
      return;
    }
    if (answer.get() == discard) {
      proceed.run();
      return;
    }
    save()
        .thenAcceptAsync(
            saved -> {
              if (saved) {
                whenChangesAreSafe(action, proceed);
              }
            },
            FxThread.INSTANCE);
  }
}
