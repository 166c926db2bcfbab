package io.schemaforge.app.ui;

import io.schemaforge.app.ui.problems.ProblemsView;
import io.schemaforge.validation.Severity;
import javafx.scene.control.Label;

/**
 * The line along the window's bottom: file, entity count, errors, warnings, what runs in the
 * background, and zoom. The texts are worded by the view model, so they can be tested without a
 * window; here they are only bound.
 */
final class StatusBar {
  private StatusBar() {}

  static void bind(WindowFrame frame, MainWindowViewModel viewModel) {
    label(frame, "fileStatus").textProperty().bind(viewModel.fileText());
    label(frame, "entityStatus").textProperty().bind(viewModel.entitiesText());
    Label errors = label(frame, "errorStatus");
    errors.textProperty().bind(viewModel.errorsText());
    errors.setGraphic(ProblemsView.severityIcon(Severity.ERROR));
    Label warnings = label(frame, "warningStatus");
    warnings.textProperty().bind(viewModel.warningsText());
    warnings.setGraphic(ProblemsView.severityIcon(Severity.WARNING));
    label(frame, "activityStatus").textProperty().bind(viewModel.activityProperty());
    label(frame, "zoomStatus").textProperty().bind(viewModel.zoomText());
  }

  private static Label label(WindowFrame frame, String id) {
    return frame.part(id, Label.class);
  }
}
