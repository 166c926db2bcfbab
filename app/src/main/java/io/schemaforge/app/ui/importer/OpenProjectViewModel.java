package io.schemaforge.app.ui.importer;

import io.schemaforge.app.ui.BackgroundRuns;
import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportOptions;
import io.schemaforge.codegen.importer.ImportProgress;
import io.schemaforge.codegen.importer.ImportStep;
import io.schemaforge.codegen.importer.ProjectImporter;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File ▸ Open Project…: the folder, dialect and optional JDBC server the user gives, the import run
 * on a background thread, and its outcome (an error, or a summary with the importer's findings).
 * The imported model is handed to {@code onImported} on the FX thread; the window opens it.
 */
public final class OpenProjectViewModel {
  /** Where the dialog is: nothing asked yet, importing, done, or failed with a message. */
  public enum Phase {
    IDLE,
    IMPORTING,
    IMPORTED,
    FAILED
  }

  /** What runs the import: {@code new ProjectImporter()::importModel} in the app. */
  @FunctionalInterface
  public interface Importer {
    ProjectImporter.Result importModel(ImportOptions options, ImportProgress progress)
        throws ImportException;
  }

  private final Importer importer;
  private final BackgroundRuns runs;
  private final Consumer<Model> onImported;

  private final StringProperty folder = new SimpleStringProperty("");
  // null means "detect": the importer guesses the dialect from file names and syntax.
  private final ObjectProperty<Dialect> dialect = new SimpleObjectProperty<>();
  private final StringProperty jdbcUrl = new SimpleStringProperty("");
  private final StringProperty jdbcUser = new SimpleStringProperty("");
  private final StringProperty jdbcPassword = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  // The running step's share done, or -1 while it cannot be counted (the bar then just moves).
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ObservableList<ImportFinding> findings = FXCollections.observableArrayList();

  public OpenProjectViewModel(
      Importer importer,
      ExecutorService background,
      Executor fxThread,
      Consumer<Model> onImported) {
    this.importer = importer;
    this.runs = new BackgroundRuns(background, fxThread);
    this.onImported = onImported;
  }

  /** Starts the import of what the fields say; call on the FX thread. */
  public void importProject() {
    if (phase.get() == Phase.IMPORTING) {
      return;
    }
    ImportOptions options;
    try {
      options = options();
    } catch (IllegalArgumentException e) {
      // The findings of an earlier import do not explain this refusal.
      findings.clear();
      fail(e.getMessage());
      return;
    }
    error.set(null);
    summary.set("");
    findings.clear();
    phase.set(Phase.IMPORTING);
    status.set(doing(options));
    progress.set(-1);
    long started = System.nanoTime();
    runs.start(
        run -> {
          ProjectImporter.Result result =
              importer.importModel(options, step -> run.onFx(() -> show(step)));
          return new Timed(result, (System.nanoTime() - started) / 1e9);
        },
        done -> finish(done.result(), done.seconds()),
        this::failed);
  }

  private record Timed(ProjectImporter.Result result, double seconds) {}

  private void show(ImportStep step) {
    status.set(step.text().endsWith("…") ? step.text() : step.text() + "…");
    progress.set(step.fraction());
  }

  private void failed(Throwable e) {
    if (e instanceof ImportException) {
      fail(e.getMessage());
    } else {
      // An importer bug must not leave the dialog spinning; the user sees what it was.
      fail(
          "The import failed unexpectedly. "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
    }
  }

  /** Stops waiting for the running import; the window stays as it was. */
  public void cancel() {
    if (phase.get() != Phase.IMPORTING) {
      return;
    }
    runs.cancel();
    phase.set(Phase.IDLE);
    status.set("Import cancelled: nothing was changed.");
  }

  private ImportOptions options() {
    String url = jdbcUrl.get() == null ? "" : jdbcUrl.get().strip();
    String user = blankToNull(jdbcUser.get());
    String password =
        jdbcPassword.get() == null || jdbcPassword.get().isEmpty() ? null : jdbcPassword.get();
    String f = folder.get() == null ? "" : folder.get().strip();
    if (url.isEmpty() && (user != null || password != null)) {
      throw new IllegalArgumentException("A user or password needs a JDBC URL to go with it.");
    }
    List<Path> paths = List.of();
    String name;
    if (f.isEmpty()) {
      if (url.isEmpty()) {
        throw new IllegalArgumentException(
            "Choose the project folder to import (or give a JDBC URL to read a live database).");
      }
      name = "imported";
    } else {
      Path p = Path.of(f).toAbsolutePath().normalize();
      if (!Files.exists(p)) {
        throw new IllegalArgumentException(p + " does not exist.");
      }
      paths = List.of(p);
      name = p.getFileName() == null ? "imported" : p.getFileName().toString();
    }
    JdbcTarget jdbc = url.isEmpty() ? null : new JdbcTarget(url, user, password);
    return new ImportOptions(paths, dialect.get(), jdbc, name);
  }

  private static String doing(ImportOptions o) {
    String how = o.dialect() == null ? "detecting the dialect" : o.dialect().cliName();
    if (o.paths().isEmpty()) {
      return "Reading the catalog of " + o.jdbc().url() + "…";
    }
    return "Reading " + o.paths().get(0) + " (" + how + "), replaying its migrations…";
  }

  private void finish(ProjectImporter.Result result, double seconds) {
    findings.setAll(result.imported().findings());
    Model model = result.imported().model();
    int tables = result.schema().schema().tables().size();
    // A project of @Entity classes without migrations has no tables but a model: that counts.
    if (model.schema().entities().isEmpty()) {
      fail(
          "Nothing imported: no tables or entities were found"
              + (count(ImportFinding.Severity.ERROR) > 0 ? " (see the errors below)." : "."));
      return;
    }
    summary.set(
        String.format(
            Locale.ROOT,
            "Imported %s as %d entities and %d relationship(s) (%s) in %.1f s."
                + " %d error(s), %d warning(s).",
            tables == 0 && result.entities() != null
                ? result.entities().entities().size() + " @Entity class(es)"
                : tables + " table(s)",
            model.schema().entities().size(),
            model.schema().relationships().size(),
            result.schema().dialect().cliName(),
            seconds,
            count(ImportFinding.Severity.ERROR),
            count(ImportFinding.Severity.WARNING)));
    phase.set(Phase.IMPORTED);
    status.set("Opened as a new untitled model: use Save As to keep it.");
    onImported.accept(model);
  }

  private long count(ImportFinding.Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  private void fail(String message) {
    error.set(message);
    phase.set(Phase.FAILED);
    status.set("Nothing was changed in the window.");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** {@code ERROR file:line: element: message}, the line the findings list shows. */
  public static String describe(ImportFinding f) {
    return f.severity().name() + "  " + f.describe();
  }

  public StringProperty folderProperty() {
    return folder;
  }

  public ObjectProperty<Dialect> dialectProperty() {
    return dialect;
  }

  public StringProperty jdbcUrlProperty() {
    return jdbcUrl;
  }

  public StringProperty jdbcUserProperty() {
    return jdbcUser;
  }

  public StringProperty jdbcPasswordProperty() {
    return jdbcPassword;
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  /** The current step's share done (0 to 1), or -1 while it cannot be counted. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ObservableList<ImportFinding> findings() {
    return findings;
  }
}
