package io.schemaforge.app.ui;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.problems.ProblemsViewModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The window title and the status bar's counters as bindings over the document, its problems and
 * the canvas. Kept apart from the window's view model because they are pure wording: how a count is
 * said, when it is a dash, how a file is named.
 */
final class StatusTexts {
  private final DocumentViewModel document;
  private final ProblemsViewModel problems;
  private final CanvasViewModel canvas;
  private final ReadOnlyBooleanProperty opening;

  StatusTexts(
      DocumentViewModel document,
      ProblemsViewModel problems,
      CanvasViewModel canvas,
      ReadOnlyBooleanProperty opening) {
    this.document = document;
    this.problems = problems;
    this.canvas = canvas;
    this.opening = opening;
  }

  ObservableStringValue title() {
    return Bindings.createStringBinding(
        () -> (document.dirtyProperty().get() ? "*" : "") + fileName() + " — Schemaforge",
        document.fileProperty(),
        document.dirtyProperty());
  }

  ObservableStringValue fileText() {
    return Bindings.createStringBinding(
        () -> fileName() + (document.dirtyProperty().get() ? " (modified)" : ""),
        document.fileProperty(),
        document.dirtyProperty());
  }

  /**
   * A dash while a file is being read: the count at hand is the previous document's, which the
   * status bar would otherwise show beside "Opening …" as if it were the new file's.
   */
  ObservableStringValue entitiesText() {
    return Bindings.createStringBinding(
        () ->
            opening.get()
                ? "– entities"
                : count(document.entityCountProperty().get(), "entity", "entities"),
        document.entityCountProperty(),
        opening);
  }

  ObservableStringValue errorsText() {
    return Bindings.createStringBinding(
        () -> countOrDash(document.errorCountProperty().get(), "error", "errors"),
        document.errorCountProperty(),
        problems.countsUnknown());
  }

  ObservableStringValue warningsText() {
    return Bindings.createStringBinding(
        () -> countOrDash(document.warningCountProperty().get(), "warning", "warnings"),
        document.warningCountProperty(),
        problems.countsUnknown());
  }

  /** While the model is read or checked its counts are not known yet: a dash, not "0". */
  private String countOrDash(int n, String one, String many) {
    return problems.countsUnknown().get() ? "– " + many : count(n, one, many);
  }

  ObservableStringValue zoomText() {
    return Bindings.createStringBinding(
        () -> Math.round(canvas.zoomProperty().get() * 100) + "%", canvas.zoomProperty());
  }

  private String fileName() {
    Path file = document.fileProperty().get();
    return file == null ? "Untitled" : String.valueOf(file.getFileName());
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
