package io.schemaforge.app.ui.export;

import io.schemaforge.app.ui.BackgroundRuns;
import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.migration.MigrationExport;
import io.schemaforge.codegen.migration.MigrationScript;
import io.schemaforge.codegen.migration.MigrationStatement;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The export dialog's state and behaviour: the target and options, planning on a background thread
 * (validation, diff, proof on a real engine: seconds), the preview, the confirmation of DANGER
 * statements, and writing. Results come back through the FX executor; a cancelled or superseded run
 * is ignored when it finishes, so a late result never overwrites a newer one.
 */
public final class ExportViewModel {

  /** Where the dialog is in its flow. */
  public enum Phase {
    /** Options being chosen; no current preview. */
    READY,
    PLANNING,
    /** A preview of the current options is shown. */
    PLANNED,
    WRITING,
    WRITTEN,
    /** Planning or writing refused or failed; nothing was written. */
    FAILED
  }

  private final Supplier<Model> snapshot;
  private final ExportTargets targets;
  private final ProjectExporter exporter = new ProjectExporter();
  private final Dialect modelDialect;
  private final String schemaId;

  private final StringProperty target = new SimpleStringProperty("");
  private final ObjectProperty<Dialect> dialect = new SimpleObjectProperty<>();
  private final BooleanProperty withJava = new SimpleBooleanProperty(true);
  private final BooleanProperty withRepositories = new SimpleBooleanProperty(false);
  private final BooleanProperty withJooq = new SimpleBooleanProperty(false);
  private final BooleanProperty overwriteEdited = new SimpleBooleanProperty(false);
  private final StringProperty proofUrl = new SimpleStringProperty("");
  private final StringProperty proofUser = new SimpleStringProperty("");
  private final StringProperty proofPassword = new SimpleStringProperty("");
  private final BooleanProperty destructiveConfirmed = new SimpleBooleanProperty(false);

  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
  private final ReadOnlyObjectWrapper<ExportPlan> plan = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
  private final ObservableList<String> errorDetails = FXCollections.observableArrayList();
  private final ObservableList<PreviewFile> files = FXCollections.observableArrayList();
  private final ObservableList<MigrationStatement> statements = FXCollections.observableArrayList();
  private final ObservableList<Path> written = FXCollections.observableArrayList();
  private final BooleanBinding canWrite;

  private final BackgroundRuns runs;

  /**
   * @param snapshot a copy of the model to export, taken on the FX thread when planning starts
   * @param background runs planning and writing
   * @param fx runs results on the FX thread
   */
  public ExportViewModel(
      Supplier<Model> snapshot, ExportTargets targets, ExecutorService background, Executor fx) {
    this.snapshot = snapshot;
    this.targets = targets;
    this.runs = new BackgroundRuns(background, fx);
    Model m = snapshot.get();
    this.modelDialect = m.schema().dialect();
    this.schemaId = m.schema().id();
    dialect.set(modelDialect);
    // The model's settings say which optional code this schema normally gets; the user can still
    // untick them for one export without changing the model.
    withRepositories.set(m.schema().generateRepositories());
    withJooq.set(m.schema().generateJooq());
    targets.last(schemaId).ifPresent(p -> target.set(p.toString()));
    canWrite =
        Bindings.createBooleanBinding(
            () ->
                phase.get() == Phase.PLANNED
                    && plan.get() != null
                    && !plan.get().files().isEmpty()
                    && (!plan.get().hasDangers() || destructiveConfirmed.get())
                    && (plan.get().conflicts().isEmpty() || plan.get().options().force()),
            phase,
            plan,
            destructiveConfirmed);
    // A preview is only good for the options it was made with.
    List.of(target, dialect, withJava, withRepositories, withJooq, overwriteEdited, proofUrl)
        .forEach(p -> p.addListener((obs, old, now) -> optionsChanged()));
  }

  private void optionsChanged() {
    if (phase.get() == Phase.PLANNED || phase.get() == Phase.FAILED) {
      clearResult();
      phase.set(Phase.READY);
      status.set("Options changed: preview again.");
    }
  }

  private void clearResult() {
    plan.set(null);
    files.clear();
    statements.clear();
    error.set(null);
    errorDetails.clear();
    destructiveConfirmed.set(false);
  }

  /** Plans the export in the background; the preview fills when it is done. */
  public void preview() {
    if (phase.get() == Phase.PLANNING || phase.get() == Phase.WRITING) {
      return;
    }
    clearResult();
    written.clear();
    Path dir;
    try {
      String t = target.get() == null ? "" : target.get().strip();
      if (t.isEmpty()) {
        fail("Choose the project folder to export into.", List.of());
        return;
      }
      dir = Path.of(t).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      fail("The target is not a valid folder path: " + e.getMessage(), List.of());
      return;
    }
    ExportOptions options = options();
    Model model = snapshot.get();
    phase.set(Phase.PLANNING);
    status.set(
        "Planning: checking the model, comparing with the last export and proving the migration on "
            + proofEngine(options)
            + "…");
    runs.start(
        run -> {
          ExportPlan p = exporter.plan(model, dir, options);
          return new Planned(p, ExportPreview.of(p));
        },
        done -> planned(dir, done.plan(), done.rows()),
        e -> failed(e, "The export failed unexpectedly: "));
  }

  private record Planned(ExportPlan plan, List<PreviewFile> rows) {}

  private ExportOptions options() {
    Dialect d = dialect.get() == modelDialect ? null : dialect.get();
    String url = proofUrl.get() == null ? "" : proofUrl.get().strip();
    JdbcTarget server =
        url.isEmpty()
            ? null
            : new JdbcTarget(url, blankToNull(proofUser.get()), blankToNull(proofPassword.get()));
    return new ExportOptions(
        d,
        false,
        server,
        withJava.get(),
        withRepositories.get(),
        overwriteEdited.get(),
        withJava.get() && withJooq.get());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private String proofEngine(ExportOptions options) {
    if (options.verifyServer() != null) {
      return options.verifyServer().url();
    }
    return switch (dialect.get()) {
      case POSTGRES -> "an embedded PostgreSQL";
      case H2 -> "an in-memory H2";
      case SQLITE -> "an in-memory SQLite";
      case MYSQL, MARIADB -> "the proof server";
    };
  }

  private void planned(Path dir, ExportPlan p, List<PreviewFile> rows) {
    targets.remember(schemaId, dir);
    plan.set(p);
    // Statements first: selecting the first file (the migration) counts them.
    statements.setAll(p.migrations().statements());
    files.setAll(rows);
    phase.set(Phase.PLANNED);
    status.set(summary(p));
  }

  private static String summary(ExportPlan p) {
    if (p.files().isEmpty()) {
      return "Nothing to write: the project is up to date.";
    }
    String migration =
        p.migrations().noNewMigration()
            ? "no schema change, no new migration"
            : (p.migrations().added().size() == 1 ? "migration " : "migrations ")
                + p.migrations().versions()
                + " with "
                + MigrationScript.counts(p.migrations().statements());
    return p.files().size() + " file(s) to write: " + migration + ".";
  }

  /** An {@link ExportException} says what is wrong; anything else is a bug, shown as it is. */
  private void failed(Throwable e, String unexpected) {
    if (e instanceof ExportException x) {
      fail(x.getMessage(), x.details());
    } else {
      fail(unexpected + e, List.of());
    }
  }

  private void fail(String message, List<String> details) {
    error.set(message);
    errorDetails.setAll(details);
    phase.set(Phase.FAILED);
    status.set("Nothing was written.");
  }

  /** Stops planning; its result, when it comes, is dropped. */
  public void cancel() {
    if (phase.get() != Phase.PLANNING) {
      return;
    }
    runs.cancel();
    phase.set(Phase.READY);
    status.set("Cancelled: nothing was written.");
  }

  /** Writes the previewed plan, with DANGER statements only when the user confirmed them. */
  public void write() {
    if (!canWrite.get()) {
      return;
    }
    ExportPlan p = plan.get();
    ExportPlan confirmed = p.allowingDestructive(destructiveConfirmed.get());
    phase.set(Phase.WRITING);
    status.set("Writing " + p.files().size() + " file(s)…");
    runs.start(
        run -> exporter.write(confirmed),
        paths -> wrote(p, paths),
        e -> failed(e, "Writing failed unexpectedly: "));
  }

  private void wrote(ExportPlan p, List<Path> paths) {
    written.setAll(paths);
    phase.set(Phase.WRITTEN);
    status.set("Wrote " + paths.size() + " file(s) into " + p.layout().root() + ".");
  }

  /** The layout and package the plan found, as one line; empty before a plan. */
  public String layoutText() {
    ExportPlan p = plan.get();
    if (p == null) {
      return "";
    }
    String tool = p.layout().buildTool().name();
    String project =
        p.layout().buildTool() == io.schemaforge.codegen.project.BuildTool.NONE
            ? "no Maven or Gradle build (standard folders)"
            : tool.charAt(0) + tool.substring(1).toLowerCase(Locale.ROOT) + " project";
    return project
        + " · migrations in "
        + p.layout().migrationFolder()
        + " ("
        + p.layout().migrationSource()
        + ") · Java in "
        + p.layout().javaSourceRoot()
        + " · base package "
        + snapshot.get().schema().basePackage()
        + " · "
        + p.dialect().cliName();
  }

  public boolean needsProofServer() {
    return dialect.get() == Dialect.MYSQL || dialect.get() == Dialect.MARIADB;
  }

  public Dialect modelDialect() {
    return modelDialect;
  }

  public StringProperty targetProperty() {
    return target;
  }

  public ObjectProperty<Dialect> dialectProperty() {
    return dialect;
  }

  public BooleanProperty withJavaProperty() {
    return withJava;
  }

  public BooleanProperty withJooqProperty() {
    return withJooq;
  }

  public BooleanProperty withRepositoriesProperty() {
    return withRepositories;
  }

  public BooleanProperty overwriteEditedProperty() {
    return overwriteEdited;
  }

  public StringProperty proofUrlProperty() {
    return proofUrl;
  }

  public StringProperty proofUserProperty() {
    return proofUser;
  }

  public StringProperty proofPasswordProperty() {
    return proofPassword;
  }

  public BooleanProperty destructiveConfirmedProperty() {
    return destructiveConfirmed;
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ExportPlan> planProperty() {
    return plan.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ObservableList<String> errorDetails() {
    return errorDetails;
  }

  public ObservableList<PreviewFile> files() {
    return files;
  }

  public ObservableList<MigrationStatement> statements() {
    return statements;
  }

  /**
   * The statements of one new migration of the plan: a change exported in parts (see the notices)
   * shows each part's own; every statement of the plan for a file that is not a new migration.
   */
  public List<MigrationStatement> statementsOf(PreviewFile file) {
    ExportPlan p = plan.get();
    if (p != null) {
      for (MigrationExport.NewMigration m : p.migrations().added()) {
        if (m.script().path().equals(file.path())) {
          return m.statements();
        }
      }
    }
    return statements;
  }

  public ObservableList<Path> written() {
    return written;
  }

  public BooleanBinding canWriteBinding() {
    return canWrite;
  }
}
