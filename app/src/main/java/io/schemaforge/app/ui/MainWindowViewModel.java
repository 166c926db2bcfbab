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
import io.schemaforge.model.Model;
import io.schemaforge.validation.RuleRegistry;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The main window's state: the open document with its canvas and problems view models, the texts of
 * the title and status bar, and a message banner for what went wrong (a file that cannot be
 * opened), so failures are told in the window instead of as a stack trace. Opening, saving, the
 * recovery copy and the status texts are done by collaborators of their own ({@link
 * DocumentOpening}, {@link DocumentSaving}, {@link DocumentRecovery}, {@link StatusTexts}); this
 * class wires them to the document and is the one face the window, the command line and the tests
 * talk to.
 */
public final class MainWindowViewModel {
  private final DocumentViewModel document;
  private final CanvasViewModel canvas;
  private final ProblemsViewModel problems;
  private final InspectorViewModel inspector;
  private final SearchViewModel search;
  private final RecentFiles recentFiles;
  private final ObjectProperty<Theme> theme =
      new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
  private final WindowMessages messages;
  private final DocumentRecovery recovery;
  private final DocumentOpening opening;
  private final DocumentSaving saving;
  private final StatusTexts texts;

  public MainWindowViewModel(Executor fxThread, RuleRegistry rules) {
    this(fxThread, rules, SettingsFolder.path());
  }

  /**
   * @param settings the folder for recent files and the recovery copy
   */
  public MainWindowViewModel(Executor fxThread, RuleRegistry rules, Path settings) {
    document = new DocumentViewModel(fxThread, rules);
    canvas = new CanvasViewModel(document);
    problems = new ProblemsViewModel(document.diagnostics(), canvas::reveal);
    problems.checkingProperty().bind(document.checkingProperty());
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
    ThemeFile.remember(theme, settings);
    messages = new WindowMessages(document);
    recovery = new DocumentRecovery(document, new RecoveryStore(settings), fxThread, messages);
    opening = new DocumentOpening(document, fxThread, recentFiles, recovery, messages);
    saving = new DocumentSaving(document, fxThread, recentFiles, recovery, messages);
    texts = new StatusTexts(document, problems, canvas, opening.openingProperty());
    problems.openingProperty().bind(opening.openingProperty());
    canvas.openingProperty().bind(opening.openingProperty());
  }

  /**
   * Looks for work a previous session did not save, reading it in the background (a big model's
   * copy takes a good part of a second); the window offers it in the banner once it is read.
   *
   * @return completes once the offer (or that there is none) has been handed to the FX thread
   */
  public CompletableFuture<Void> checkRecovery() {
    return recovery.checkRecovery();
  }

  /** Opens the recovered work in place of the current document (unsaved, so dirty). */
  public void recover() {
    recovery.recover();
  }

  /** Throws the recovered work away. */
  public void discardRecovery() {
    recovery.discard();
  }

  /**
   * Writes the recovery copy when there are changes since the last one; the window calls this every
   * few seconds. Only a snapshot is taken here; the file is written in the background (see {@link
   * RecoveryStore}). A failure is logged, never shown: autosave must not interrupt.
   */
  public void autosave() {
    recovery.autosave();
  }

  /** Replaces the document with an empty model. */
  public void newModel() {
    opening.openNew();
  }

  /**
   * Opens a model built by File ▸ Open Project… as a new untitled document with unsaved changes;
   * the caller has already asked about the current document's changes.
   */
  public void openImported(Model model) {
    opening.openImported(model);
  }

  /**
   * Saves to the document's file, like {@link #saveAs}.
   *
   * @return completes with false at once when the model has no file yet (the window asks for one)
   */
  public CompletableFuture<Boolean> save() {
    return saving.save();
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
    return saving.saveAs(file);
  }

  /**
   * Completes once every save asked for so far is written or failed (and recorded on the FX
   * thread): closing the window waits for it instead of leaving a half-written file or asking about
   * changes a running save is about to store. What depends on it should run on the FX executor: a
   * future may run its dependents in a thread that waits for it.
   */
  public CompletableFuture<Void> savesFinished() {
    return saving.savesFinished();
  }

  /** True while a save is being written. */
  public ReadOnlyBooleanProperty savingProperty() {
    return saving.savingProperty();
  }

  /** How saves reach the disk; tests put in a slower or a failing writer. */
  void writeSavesWith(SaveQueue.Write write) {
    saving.writeSavesWith(write);
  }

  /** Forgets the recovery copy: the user closes the window and chose what to do with changes. */
  public void closing() {
    recovery.closing();
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
    return opening.open(file);
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
    return opening.openInBackground(file);
  }

  /**
   * How an opened model's first validation waits for the model to be drawn: the window passes an
   * executor that runs its work once the next frames are on screen. Without one (tests without a
   * window) the check starts right after the hand-over.
   */
  public void checkAfter(Executor afterFirstFrame) {
    opening.checkAfter(afterFirstFrame);
  }

  /** Where the time of the last successful {@link #openInBackground} went (for the bench). */
  public OpenTimes lastOpenTimes() {
    return opening.lastOpenTimes();
  }

  /** True while {@link #openInBackground} is reading a file. */
  public ReadOnlyBooleanProperty openingProperty() {
    return opening.openingProperty();
  }

  public void showMessage(String text) {
    messages.showMessage(text);
  }

  /** Tells what is going on in the status bar ("Arranging 12 entities…"). */
  public void showActivity(String text) {
    messages.showActivity(text);
  }

  public void dismissMessage() {
    messages.dismissMessage();
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
    return recovery.offerProperty();
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  /** What went wrong, for the banner; null when there is nothing to say. */
  public ReadOnlyStringProperty messageProperty() {
    return messages.messageProperty();
  }

  /** The last thing that happened ("Opened blog.schemaforge.json", "Undone: Rename entity"). */
  public ReadOnlyStringProperty activityProperty() {
    return messages.activityProperty();
  }

  /** "*blog.schemaforge.json — Schemaforge" (the star while there are unsaved changes). */
  public ObservableStringValue title() {
    return texts.title();
  }

  public ObservableStringValue fileText() {
    return texts.fileText();
  }

  public ObservableStringValue entitiesText() {
    return texts.entitiesText();
  }

  /** "3 errors", or a dash while the model is read or checked and the count is not known yet. */
  public ObservableStringValue errorsText() {
    return texts.errorsText();
  }

  /** Like {@link #errorsText}, for warnings. */
  public ObservableStringValue warningsText() {
    return texts.warningsText();
  }

  public ObservableStringValue zoomText() {
    return texts.zoomText();
  }
}
