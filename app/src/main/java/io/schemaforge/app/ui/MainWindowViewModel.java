package io.schemaforge.app.ui;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.files.RecentFiles;
import io.schemaforge.app.ui.files.RecoveryStore;
import io.schemaforge.app.ui.files.SaveQueue;
import io.schemaforge.app.ui.files.SettingsFolder;
import io.schemaforge.app.ui.inspector.InspectorViewModel;
import io.schemaforge.app.ui.problems.ProblemsViewModel;
import io.schemaforge.app.ui.search.SearchViewModel;
import io.schemaforge.command.ModelChangeEvent;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileException;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The main window's state: the open document with its canvas and problems view models, the texts of
 * the title and status bar, and a message banner for what went wrong (a file that cannot be
 * opened), so failures are told in the window instead of as a stack trace.
 */
public final class MainWindowViewModel {
  private static final System.Logger LOG = System.getLogger(MainWindowViewModel.class.getName());
  // Said after "Opened <file>" until the model's first validation is done.
  private static final String CHECKING = ": checking the model…";

  private final DocumentViewModel document;
  private final CanvasViewModel canvas;
  private final ProblemsViewModel problems;
  private final InspectorViewModel inspector;
  private final SearchViewModel search;
  private final RecentFiles recentFiles;
  private final RecoveryStore recovery;
  private final ReadOnlyObjectWrapper<RecoveryStore.Recovered> recoveryOffer =
      new ReadOnlyObjectWrapper<>(this, "recoveryOffer");
  private final ObjectProperty<Theme> theme =
      new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
  private long autosavedRevision = -1;
  // True from checkRecovery until its read is done: autosave must not replace the copy before.
  private boolean recoveryUnread;
  private SaveQueue saves = new SaveQueue();
  // The last save asked for (FX thread only); saves finish in the order they were asked for.
  private CompletableFuture<Boolean> lastSave = CompletableFuture.completedFuture(true);
  private int savesUnfinished;
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
  private final Executor fxThread;
  private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
  // Which openInBackground call is the latest; only the FX thread reads or writes it.
  private long openRequests;
  private OpenTimes lastOpenTimes = OpenTimes.NONE;
  private Executor afterFirstFrame = Runnable::run;
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
  private final ReadOnlyStringWrapper activity =
      new ReadOnlyStringWrapper(this, "activity", "Ready");

  public MainWindowViewModel(Executor fxThread, RuleRegistry rules) {
    this(fxThread, rules, SettingsFolder.path());
  }

  /**
   * @param settings the folder for recent files and the recovery copy
   */
  public MainWindowViewModel(Executor fxThread, RuleRegistry rules, Path settings) {
    this.fxThread = fxThread;
    document = new DocumentViewModel(fxThread, rules);
    canvas = new CanvasViewModel(document);
    problems = new ProblemsViewModel(document.diagnostics(), canvas::reveal);
    problems.checkingProperty().bind(document.checkingProperty());
    problems.openingProperty().bind(opening);
    canvas.openingProperty().bind(opening);
    // A problem about a relationship selects the relationship, so the inspector shows it.
    problems.revealRelationshipsWith(
        id -> document.model().schema().relationship(id).isPresent(),
        canvas.selection()::selectRelationship);
    problems.enableQuickFixes(
        d -> rules.byId(d.ruleId()).flatMap(r -> r.quickFix(d, document.model())),
        fix -> {
          // Its own undo step: a fix must not merge into the edit that caused the problem.
          document.stack().seal();
          document.execute(fix);
          document.stack().seal();
        });
    inspector = new InspectorViewModel(document, canvas.selection());
    search = new SearchViewModel(document);
    recentFiles = new RecentFiles(settings);
    recovery = new RecoveryStore(settings);
    Path themeFile = settings.resolve("theme.txt");
    theme.set(readTheme(themeFile));
    theme.addListener((obs, old, t) -> writeTheme(themeFile, t));
    document.lastChangeProperty().addListener((obs, old, change) -> describe(change));
    document
        .checkingProperty()
        .addListener(
            (obs, was, now) -> {
              String text = activity.get();
              if (!now && text != null && text.endsWith(CHECKING)) {
                activity.set(text.substring(0, text.length() - CHECKING.length()));
              }
            });
  }

  private static Theme readTheme(Path file) {
    try {
      return Files.isRegularFile(file)
          ? Theme.valueOf(Files.readString(file).strip())
          : Theme.LIGHT;
    } catch (IOException | IllegalArgumentException e) {
      return Theme.LIGHT;
    }
  }

  private static void writeTheme(Path file, Theme t) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, t.name());
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot remember the theme", e);
    }
  }

  /**
   * Looks for work a previous session did not save, reading it in the background (a big model's
   * copy takes a good part of a second); the window offers it in the banner once it is read.
   *
   * @return completes once the offer (or that there is none) has been handed to the FX thread
   */
  public CompletableFuture<Void> checkRecovery() {
    recoveryUnread = true;
    CompletableFuture<Void> checked = new CompletableFuture<>();
    recovery
        .readInBackground()
        .whenComplete(
            (found, failure) ->
                fxThread.execute(
                    () -> {
                      recoveryUnread = false;
                      recoveryOffer.set(found == null ? null : found.orElse(null));
                      checked.complete(null);
                    }));
    return checked;
  }

  /** Opens the recovered work in place of the current document (unsaved, so dirty). */
  public void recover() {
    RecoveryStore.Recovered r = recoveryOffer.get();
    if (r != null) {
      document.openRecovered(r.model(), r.originalFile());
      recoveryOffer.set(null);
      activity.set("Recovered unsaved work");
    }
  }

  /** Throws the recovered work away. */
  public void discardRecovery() {
    recoveryOffer.set(null);
    recovery.clear();
  }

  /**
   * Writes the recovery copy when there are changes since the last one; the window calls this every
   * few seconds. Only a snapshot is taken here; the file is written in the background (see {@link
   * RecoveryStore}). A failure is logged, never shown: autosave must not interrupt.
   */
  public void autosave() {
    long revision = document.revisionProperty().get();
    if (!document.dirtyProperty().get()) {
      if (autosavedRevision != -1) {
        recovery.clear();
        autosavedRevision = -1;
      }
      return;
    }
    if (revision == autosavedRevision || recoveryOffer.get() != null || recoveryUnread) {
      // Not over a recovery copy the user has not decided about (or seen) yet.
      return;
    }
    recovery.write(document.model().snapshot(), document.fileProperty().get());
    autosavedRevision = revision;
  }

  /** Replaces the document with an empty model. */
  public void newModel() {
    document.open(DocumentViewModel.emptyModel(), null);
    recovery.clear();
    autosavedRevision = -1;
    message.set(null);
    activity.set("New model");
  }

  /**
   * Opens a model built by File ▸ Open Project… as a new untitled document with unsaved changes;
   * the caller has already asked about the current document's changes.
   */
  public void openImported(Model model) {
    document.openUnsaved(model, null);
    recovery.clear();
    autosavedRevision = -1;
    message.set(null);
    activity.set("Imported " + model.schema().name() + ": save it to keep it");
  }

  /**
   * Saves to the document's file, like {@link #saveAs}.
   *
   * @return completes with false at once when the model has no file yet (the window asks for one)
   */
  public CompletableFuture<Boolean> save() {
    Path file = document.fileProperty().get();
    return file == null ? CompletableFuture.completedFuture(false) : saveAs(file);
  }

  /**
   * Saves to a file (adding the model extension when it has none) and makes it the document's. Only
   * a snapshot is taken here, on the FX thread; it is written in the background (see {@link
   * SaveQueue}) while the status bar says so and the window goes on working. Once written, the
   * document is clean if it has not been edited meanwhile; an edit made during the save keeps it
   * dirty, since the file does not hold it.
   *
   * @return completes, once recorded on the FX thread, with whether the file was written; a failure
   *     is shown in the banner and leaves the document dirty
   */
  public CompletableFuture<Boolean> saveAs(Path file) {
    Path target = withExtension(file);
    DocumentViewModel.ToSave toSave;
    try {
      toSave = document.toSave();
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(couldNotSave(target, e));
    }
    savesUnfinished++;
    saving.set(true);
    activity.set("Saving " + target.getFileName() + "…");
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    saves
        .write(toSave.snapshot(), target)
        .whenComplete(
            (written, failure) ->
                fxThread.execute(
                    () -> {
                      boolean ok = false;
                      try {
                        ok = saved(toSave, target, failure);
                      } finally {
                        // Even if recording it failed: closing waits for this.
                        result.complete(ok);
                      }
                    }));
    lastSave = result;
    return result;
  }

  /** The FX half of a save, once its snapshot is written (or failed). */
  private boolean saved(DocumentViewModel.ToSave toSave, Path target, Throwable failure) {
    savesUnfinished--;
    saving.set(savesUnfinished > 0);
    if (failure != null) {
      return couldNotSave(target, failure);
    }
    recentFiles.add(target);
    // False when another model was opened meanwhile: the file is saved, but not that document's.
    if (document.markSaved(toSave, target)) {
      if (!document.dirtyProperty().get()) {
        recovery.clear();
      }
      // Clean: nothing to recover. Edited during the save: the copy stays until the next
      // autosave rewrites it (naming the new file).
      autosavedRevision = -1;
    }
    message.set(null);
    activity.set("Saved " + target.getFileName());
    return true;
  }

  private boolean couldNotSave(Path target, Throwable e) {
    LOG.log(System.Logger.Level.WARNING, "saving " + target + " failed", e);
    activity.set(null);
    showMessage("Could not save " + target + ": " + e.getMessage());
    return false;
  }

  /**
   * Completes once every save asked for so far is written or failed (and recorded on the FX
   * thread): closing the window waits for it instead of leaving a half-written file or asking about
   * changes a running save is about to store. What depends on it should run on the FX executor: a
   * future may run its dependents in a thread that waits for it.
   */
  public CompletableFuture<Void> savesFinished() {
    return lastSave.thenApply(saved -> null);
  }

  /** True while a save is being written. */
  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  /** How saves reach the disk; tests put in a slower or a failing writer. */
  void writeSavesWith(SaveQueue.Write write) {
    saves = new SaveQueue(write);
  }

  static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? file : file.resolveSibling(name + ProjectFiles.EXTENSION);
  }

  /** Forgets the recovery copy: the user closes the window and chose what to do with changes. */
  public void closing() {
    recovery.clear();
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
      opened(DocumentViewModel.prepare(model, document.rules()), file);
      return true;
    } catch (ProjectFileException | RuntimeException e) {
      couldNotOpen(file, e);
    }
    return false;
  }

  /**
   * Opens a model file like {@link #open(Path)}, but reads it on a background thread (half a second
   * or more for thousands of entities), so the window keeps painting and answering meanwhile; only
   * the hand-over runs on the FX thread. The model is shown as soon as it is read: its first
   * validation follows on the same background thread (the document is {@linkplain
   * DocumentViewModel#checkingProperty checking} until then, and an edit waits for it). When
   * several opens overlap, the last one asked for wins.
   *
   * @return completes (on the FX thread) with whether the file was opened
   */
  public CompletableFuture<Boolean> openInBackground(Path file) {
    long request = ++openRequests;
    opening.set(true);
    activity.set("Opening " + file.getFileName() + "…");
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    Thread reader = new Thread(() -> readAndCheck(file, request, result), "schemaforge-open");
    reader.setDaemon(true);
    reader.start();
    return result;
  }

  /** The background half of {@link #openInBackground}: read, hand over, then check. */
  private void readAndCheck(Path file, long request, CompletableFuture<Boolean> result) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long cpu0 = cpu.getCurrentThreadCpuTime();
    Model model;
    try {
      model = ProjectFiles.load(file);
    } catch (ProjectFileException | RuntimeException | Error e) {
      fxThread.execute(
          () -> {
            if (!superseded(request, result)) {
              opening.set(false);
              couldNotOpen(file, e);
              result.complete(false);
            }
          });
      return;
    }
    long loaded = System.nanoTime();
    long loadCpu = cpu.getCurrentThreadCpuTime() - cpu0;
    CompletableFuture<LiveValidator> check = new CompletableFuture<>();
    CountDownLatch drawn = new CountDownLatch(1);
    fxThread.execute(
        () -> {
          if (superseded(request, result)) {
            drawn.countDown();
            return;
          }
          opening.set(false);
          long handOver = System.nanoTime();
          long handOverCpu = cpu.getCurrentThreadCpuTime();
          document.openUnchecked(model, file, check);
          opened(file);
          lastOpenTimes =
              new OpenTimes(
                  loaded - t0,
                  handOver - loaded,
                  System.nanoTime() - handOver,
                  -1,
                  loadCpu,
                  cpu.getCurrentThreadCpuTime() - handOverCpu);
          result.complete(true);
          afterFirstFrame.execute(drawn::countDown);
        });
    long checkStart;
    try {
      // Not before the model is drawn: on two cores the check would slow the first frame down.
      drawn.await();
      checkStart = System.nanoTime();
      check.complete(DocumentViewModel.check(model, document.rules()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      check.completeExceptionally(e);
      return;
    } catch (RuntimeException | Error e) {
      check.completeExceptionally(e);
      return;
    }
    long checked = System.nanoTime() - checkStart;
    fxThread.execute(
        () -> {
          if (request == openRequests) {
            lastOpenTimes = lastOpenTimes.withCheck(checked);
          }
        });
  }

  /** Whether a later open replaced this one (on the FX thread); if so, it completes as not done. */
  private boolean superseded(long request, CompletableFuture<Boolean> result) {
    if (request != openRequests) {
      result.complete(false);
      return true;
    }
    return false;
  }

  /**
   * How an opened model's first validation waits for the model to be drawn: the window passes an
   * executor that runs its work once the next frames are on screen. Without one (tests without a
   * window) the check starts right after the hand-over.
   */
  public void checkAfter(Executor afterFirstFrame) {
    this.afterFirstFrame = afterFirstFrame;
  }

  /** Where the time of the last successful {@link #openInBackground} went (for the bench). */
  public OpenTimes lastOpenTimes() {
    return lastOpenTimes;
  }

  /** True while {@link #openInBackground} is reading a file. */
  public ReadOnlyBooleanProperty openingProperty() {
    return opening.getReadOnlyProperty();
  }

  private void opened(DocumentViewModel.Prepared prepared, Path file) {
    document.open(prepared, file);
    opened(file);
  }

  private void opened(Path file) {
    recentFiles.add(file);
    recovery.clear();
    autosavedRevision = -1;
    message.set(null);
    activity.set(
        "Opened " + file.getFileName() + (document.checkingProperty().get() ? CHECKING : ""));
  }

  private void couldNotOpen(Path file, Throwable e) {
    activity.set(null);
    if (e instanceof ProjectFileException) {
      showMessage("Could not open the model. " + e.getMessage());
    } else {
      // A reader bug must not take the window down; the details go to the log, not the user.
      LOG.log(System.Logger.Level.ERROR, "loading " + file + " failed", e);
      showMessage("Could not open " + file + ": unexpected " + e.getClass().getSimpleName() + ".");
    }
  }

  public void showMessage(String text) {
    message.set(text);
  }

  /** Tells what is going on in the status bar ("Arranging 12 entities…"). */
  public void showActivity(String text) {
    activity.set(text);
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

  public InspectorViewModel inspector() {
    return inspector;
  }

  public SearchViewModel search() {
    return search;
  }

  public RecentFiles recentFiles() {
    return recentFiles;
  }

  /** Unsaved work of an earlier session, waiting for the user's decision; null when none. */
  public ReadOnlyObjectProperty<RecoveryStore.Recovered> recoveryOfferProperty() {
    return recoveryOffer.getReadOnlyProperty();
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
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
        () -> countOrDash(document.errorCountProperty().get(), "error", "errors"),
        document.errorCountProperty(),
        problems.countsUnknown());
  }

  public ObservableStringValue warningsText() {
    return Bindings.createStringBinding(
        () -> countOrDash(document.warningCountProperty().get(), "warning", "warnings"),
        document.warningCountProperty(),
        problems.countsUnknown());
  }

  /** While the model is read or checked its counts are not known yet: a dash, not "0". */
  private String countOrDash(int n, String one, String many) {
    return problems.countsUnknown().get() ? "– " + many : count(n, one, many);
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
