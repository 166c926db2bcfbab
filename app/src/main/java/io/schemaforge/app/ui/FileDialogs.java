package io.schemaforge.app.ui;

import io.schemaforge.projectfile.ProjectFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
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

  /** Saves to the document's file, or asks for one first; false when cancelled or failed. */
  boolean save() {
    if (viewModel.document().fileProperty().get() != null) {
      return viewModel.save();
    }
    return saveAs();
  }

  boolean saveAs() {
    return chooseToSave().map(viewModel::saveAs).orElse(false);
  }

  /**
   * Before unsaved changes would be lost: Save, Don't Save or Cancel. True when it is fine to go on
   * (nothing unsaved, saved, or the user chose to discard).
   */
  boolean confirmDiscard(String action) {
    if (!viewModel.document().dirtyProperty().get()) {
      return true;
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
      return false;
    }
    return answer.get() == discard || save();
  }
}
