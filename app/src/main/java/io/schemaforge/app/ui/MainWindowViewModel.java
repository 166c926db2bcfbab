package io.schemaforge.app.ui;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.problems.ProblemsViewModel;
import io.schemaforge.command.ModelChangeEvent;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileException;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.RuleRegistry;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

/**
 * The main window's state: the open document with its canvas and problems view models, the texts of
 * the title and status bar, and a message banner for what went wrong (a file that cannot be
 * opened), so failures are told in the window instead of as a stack trace.
 */
public final class MainWindowViewModel {
  private static final System.Logger LOG = System.getLogger(MainWindowViewModel.class.getName());

  private final DocumentViewModel document;
  private final CanvasViewModel canvas;
  private final ProblemsViewModel problems;
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
  private final ReadOnlyStringWrapper activity =
      new ReadOnlyStringWrapper(this, "activity", "Ready");

  public MainWindowViewModel(Executor fxThread, RuleRegistry rules) {
    document = new DocumentViewModel(fxThread, rules);
    canvas = new CanvasViewModel(document);
    problems = new ProblemsViewModel(document.diagnostics(), canvas::reveal);
    document.lastChangeProperty().addListener((obs, old, change) -> describe(change));
  }

  /** Opens the file given on the command line, if any; on failure the window starts empty. */
  public void openAtStartup(Path file) {
    if (file != null) {
      open(file);
    }
  }

  /**
   * Opens a model file in place of the current document; on failure keeps the current document and
   * shows why.
   *
   * @return whether the file was opened
   */
  public boolean open(Path file) {
    try {
      Model model = ProjectFiles.load(file);
      document.open(model, file);
      message.set(null);
      activity.set("Opened " + file.getFileName());
      return true;
    } catch (ProjectFileException e) {
      showMessage("Could not open the model. " + e.getMessage());
    } catch (RuntimeException e) {
      // A reader bug must not take the window down; the details go to the log, not the user.
      LOG.log(System.Logger.Level.ERROR, "loading " + file + " failed", e);
      showMessage("Could not open " + file + ": unexpected " + e.getClass().getSimpleName() + ".");
    }
    return false;
  }

  public void showMessage(String text) {
    message.set(text);
  }

  public void dismissMessage() {
    message.set(null);
  }

  private void describe(ModelChangeEvent change) {
    if (change == null) {
      return;
    }
    switch (change.origin()) {
      case UNDO -> activity.set("Undone: " + change.description());
      case REDO -> activity.set("Redone: " + change.description());
      default -> activity.set(change.description());
    }
  }

  public DocumentViewModel document() {
    return document;
  }

  public CanvasViewModel canvas() {
    return canvas;
  }

  public ProblemsViewModel problems() {
    return problems;
  }

  /** What went wrong, for the banner; null when there is nothing to say. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The last thing that happened ("Opened blog.schemaforge.json", "Undone: Rename entity"). */
  public ReadOnlyStringProperty activityProperty() {
    return activity.getReadOnlyProperty();
  }

  /** "*blog.schemaforge.json — Schemaforge" (the star while there are unsaved changes). */
  public ObservableStringValue title() {
    return Bindings.createStringBinding(
        () -> (document.dirtyProperty().get() ? "*" : "") + fileName() + " — Schemaforge",
        document.fileProperty(),
        document.dirtyProperty());
  }

  public ObservableStringValue fileText() {
    return Bindings.createStringBinding(
        () -> fileName() + (document.dirtyProperty().get() ? " (modified)" : ""),
        document.fileProperty(),
        document.dirtyProperty());
  }

  public ObservableStringValue entitiesText() {
    return Bindings.createStringBinding(
        () -> count(document.entityCountProperty().get(), "entity", "entities"),
        document.entityCountProperty());
  }

  public ObservableStringValue errorsText() {
    return Bindings.createStringBinding(
        () -> count(document.errorCountProperty().get(), "error", "errors"),
        document.errorCountProperty());
  }

  public ObservableStringValue warningsText() {
    return Bindings.createStringBinding(
        () -> count(document.warningCountProperty().get(), "warning", "warnings"),
        document.warningCountProperty());
  }

  public ObservableStringValue zoomText() {
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
