package io.schemaforge.app.ui;

import io.schemaforge.app.ui.importer.OpenProjectDialog;
import io.schemaforge.app.ui.importer.OpenProjectViewModel;
import io.schemaforge.codegen.importer.ProjectImporter;
import java.util.concurrent.ExecutorService;
import javafx.stage.Stage;

/**
 * Opens File ▸ Open Project… for the window, with an import thread that ends with the dialog. The
 * caller has already asked about unsaved changes: a successful import replaces the document.
 */
final class OpenProjectDialogs {
  private OpenProjectDialogs() {}

  static OpenProjectDialog open(Stage owner, MainWindowViewModel viewModel) {
    ExecutorService background = BackgroundRuns.daemonThread("schemaforge-import");
    OpenProjectViewModel vm =
        new OpenProjectViewModel(
            new ProjectImporter()::importModel,
            background,
            FxThread.INSTANCE,
            viewModel::openImported);
    OpenProjectDialog dialog = new OpenProjectDialog(owner, vm, viewModel.themeProperty().get());
    dialog.stage().setOnHidden(e -> background.shutdownNow());
    dialog.show();
    return dialog;
  }
}
