package io.schemaforge.app.ui;

import io.schemaforge.app.ui.export.ExportDialog;
import io.schemaforge.app.ui.export.ExportTargets;
import io.schemaforge.app.ui.export.ExportViewModel;
import io.schemaforge.app.ui.files.SettingsFolder;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileException;
import io.schemaforge.projectfile.ProjectFileReader;
import io.schemaforge.projectfile.ProjectFileWriter;
import java.util.concurrent.ExecutorService;
import javafx.stage.Stage;

/**
 * Opens File ▸ Export… for the window's model, with a planning thread that ends with the dialog.
 */
final class ExportDialogs {
  private ExportDialogs() {}

  static ExportDialog open(Stage owner, MainWindowViewModel viewModel) {
    ExecutorService background = BackgroundRuns.daemonThread("schemaforge-export");
    ExportViewModel vm =
        new ExportViewModel(
            () -> copy(viewModel.document().model()),
            new ExportTargets(SettingsFolder.path()),
            background,
            FxThread.INSTANCE);
    ExportDialog dialog = new ExportDialog(owner, vm, viewModel.themeProperty().get());
    dialog.stage().setOnHidden(e -> background.shutdownNow());
    dialog.show();
    return dialog;
  }

  // The planning thread must not see edits made while it runs: it gets its own copy.
  private static Model copy(Model model) {
    try {
      return ProjectFileReader.fromJson(ProjectFileWriter.toJson(model), "model");
    } catch (ProjectFileException e) {
      throw new IllegalStateException("the open model cannot be copied for export", e);
    }
  }
}
