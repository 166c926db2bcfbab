package io.schemaforge.app.ui.document;

import io.schemaforge.command.Command;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.ModelChangeEvent;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One open design document: the model, the command stack that is the only way to change it, and its
 * live validator, published as JavaFX properties. The core knows nothing of JavaFX; this class
 * turns its change events into property updates on the FX thread, which is all the views bind to.
 */
public final class DocumentViewModel {
  /**
   * What the canvas draws badges from while a freshly opened model is still being checked: no
   * diagnostics for anything.
   */
  private static final LiveValidator NOT_CHECKED_YET =
      new LiveValidator(emptyModel(), new RuleRegistry(List.of()));

  private final Executor fxThread;
  private final RuleRegistry rules;
  private CommandStack stack;
  private LiveValidator validator;
  // The first validation of the open model while it still runs elsewhere; null once taken over.
  private CompletableFuture<LiveValidator> pendingCheck;
  // Where the stack's listener finds the validator once the check is taken over.
  private AtomicReference<LiveValidator> checkedValidator;
  // A recovered model differs from its file before any command ran.
  private boolean unsavedSinceOpen;

  private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model");
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
  private final ReadOnlyIntegerWrapper entityCount = new ReadOnlyIntegerWrapper(this, "entities");
  private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errors");
  private final ReadOnlyIntegerWrapper warningCount = new ReadOnlyIntegerWrapper(this, "warnings");
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undo", "Undo");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redo", "Redo");
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
  private final ReadOnlyObjectWrapper<ModelChangeEvent> lastChange =
      new ReadOnlyObjectWrapper<>(this, "lastChange");
  private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
  private final ObservableList<Diagnostic> diagnosticsView =
      FXCollections.unmodifiableObservableList(diagnostics);

  /**
   * @param fxThread where property updates run: {@code FxThread.INSTANCE} in the app, {@code
   *     Runnable::run} in tests
   */
  public DocumentViewModel(Executor fxThread, RuleRegistry rules) {
    this.fxThread = fxThread;
    this.rules = rules;
    open(emptyModel(), null);
  }

  /** The model a new window starts with, and falls back to when a file cannot be opened. */
  public static Model emptyModel() {
    return Model.empty("untitled", Dialect.POSTGRES, "com.example.app");
  }

  /** Replaces the document with a model recovered after a crash: not saved, so dirty. */
  public void openRecovered(Model newModel, Path originalFile) {
    openUnsaved(newModel, originalFile);
  }

  /**
   * Replaces the document with a model that exists in no file yet (recovered, imported): dirty, so
   * closing asks and Save asks for a file name when {@code file} is null.
   */
  public void openUnsaved(Model newModel, Path file) {
    open(newModel, file);
    unsavedSinceOpen = true;
    refresh(false);
  }

  /**
   * What a save writes: a copy of the model as it is now (which nothing changes afterwards, so it
   * may be written on another thread) and the point in its history it was taken at. Costs a copy of
   * the model (a few milliseconds for thousands of entities); call on the FX thread.
   */
  public record ToSave(Model snapshot, CommandStack.SavePoint point) {}

  /** Takes what a save writes; see {@link ToSave}. */
  public ToSave toSave() {
    return new ToSave(model().snapshot(), stack.savePoint());
  }

  /**
   * Records that {@code saved} was written to a file, which becomes the document's: the document is
   * clean if it has not changed since {@link #toSave()}, and stays dirty if it has.
   *
   * @return false (and nothing changes) when another model was opened in the meantime
   */
  public boolean markSaved(ToSave saved, Path savedTo) {
    if (!saved.point().belongsTo(stack)) {
      return false;
    }
    stack.markSaved(saved.point());
    unsavedSinceOpen = false;
    file.set(savedTo);
    refresh(false);
    return true;
  }

  /**
   * A model with its command stack and a validator that has already checked it: the expensive part
   * of opening (a full validation), which may run on any thread as long as nothing else touches the
   * model until {@link #open(Prepared, Path)} takes it over on the FX thread.
   */
  public record Prepared(CommandStack stack, LiveValidator validator) {}

  /** Builds the stack and the validated validator for a model; safe off the FX thread. */
  public static Prepared prepare(Model newModel, RuleRegistry rules) {
    CommandStack newStack = new CommandStack(newModel);
    // Attached first, so the validator is current when this class reads it.
    return new Prepared(newStack, LiveValidator.attach(newStack, rules));
  }

  public RuleRegistry rules() {
    return rules;
  }

  /** Replaces the document with another model (freshly loaded, so not dirty). */
  public void open(Model newModel, Path newFile) {
    open(prepare(newModel, rules), newFile);
  }

  /** Replaces the document with a prepared model (freshly loaded, so not dirty). */
  public void open(Prepared prepared, Path newFile) {
    pendingCheck = null;
    checkedValidator = null;
    checking.set(false);
    validator = prepared.validator();
    take(prepared.stack(), newFile);
  }

  /**
   * Replaces the document with a freshly loaded model before its first validation is done, so the
   * model can be drawn at once: {@code check} is that validation, running on another thread (see
   * {@link #check}). Meanwhile {@link #checkingProperty} is true and there are no diagnostics; the
   * other thread only reads the model, so the first edit (or undo, redo) waits for the check to
   * finish before it changes anything, and the validator then follows every change as usual.
   */
  public void openUnchecked(Model newModel, Path newFile, CompletableFuture<LiveValidator> check) {
    CommandStack newStack = new CommandStack(newModel);
    AtomicReference<LiveValidator> checked = new AtomicReference<>();
    // Before the listener take() adds, so the validator is current when refresh() reads it.
    newStack.addListener(
        e -> {
          LiveValidator v = checked.get();
          if (v != null) {
            v.update(e.changes());
          }
        });
    pendingCheck = check;
    checkedValidator = checked;
    checking.set(true);
    validator = NOT_CHECKED_YET;
    take(newStack, newFile);
    check.whenComplete(
        (v, failure) ->
            fxThread.execute(
                () -> {
                  if (pendingCheck == check) {
                    takeOverCheck();
                  }
                }));
  }

  /** The first validation of a model for {@link #openUnchecked}; safe off the FX thread. */
  public static LiveValidator check(Model m, RuleRegistry rules) {
    return new LiveValidator(m, rules);
  }

  /** Waits for the pending check, if any, and makes its validator the document's. */
  private void takeOverCheck() {
    CompletableFuture<LiveValidator> check = pendingCheck;
    if (check == null) {
      return;
    }
    LiveValidator v;
    try {
      v = check.join();
    } catch (RuntimeException e) {
      // The check failed on its thread (a rule's bug); one more try here says so where it is seen.
      v = check(stack.model(), rules);
    }
    pendingCheck = null;
    checkedValidator.set(v);
    validator = v;
    checking.set(false);
    refresh(true);
  }

  private void take(CommandStack newStack, Path newFile) {
    unsavedSinceOpen = false;
    Model newModel = newStack.model();
    newStack.addListener(
        event ->
            fxThread.execute(
                () -> {
                  // An event queued before another file was opened belongs to the old document.
                  if (stack == newStack) {
                    lastChange.set(event);
                    refresh(!event.changes().isLayoutOnly());
                  }
                }));
    stack = newStack;
    file.set(newFile);
    lastChange.set(null);
    model.set(newModel);
    refresh(true);
  }

  /**
   * Runs a command as an undoable step; call on the FX thread. Right after opening a large model it
   * may first wait for the model's first check (see {@link #openUnchecked}).
   */
  public void execute(Command command) {
    takeOverCheck();
    stack.execute(command);
  }

  public void undo() {
    takeOverCheck();
    stack.undo();
  }

  public void redo() {
    takeOverCheck();
    stack.redo();
  }

  public Model model() {
    return model.get();
  }

  public CommandStack stack() {
    return stack;
  }

  public LiveValidator validator() {
    return validator;
  }

  /**
   * @param schemaChanged false for layout-only changes (a card dragged), which cannot change the
   *     diagnostics, so the sorted list is not rebuilt on every frame of a drag
   */
  private void refresh(boolean schemaChanged) {
    Model m = model.get();
    entityCount.set(m.schema().entities().size());
    errorCount.set(validator.errorCount());
    warningCount.set(validator.warningCount());
    if (schemaChanged) {
      diagnostics.setAll(validator.diagnostics());
    }
    dirty.set(stack.isDirty() || unsavedSinceOpen);
    canUndo.set(stack.canUndo());
    canRedo.set(stack.canRedo());
    undoText.set(stack.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
    redoText.set(stack.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    // Last, so a listener of the revision sees every other property already current.
    revision.set(revision.get() + 1);
  }

  /** The open model; changes only when another model is opened (edits change it in place). */
  public ReadOnlyObjectProperty<Model> modelProperty() {
    return model.getReadOnlyProperty();
  }

  /** The file the model came from, or null for a new model. */
  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  /**
   * True while the open model's first validation is still running: the diagnostics are not known
   * yet (the list is empty), and an edit would wait for the check.
   */
  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty entityCountProperty() {
    return entityCount.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty errorCountProperty() {
    return errorCount.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty warningCountProperty() {
    return warningCount.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** "Undo Rename entity Post", for the Edit menu. */
  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }

  /** Increases after every change and every open: what views redraw on. */
  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  /** The last change made through the stack, or null right after opening. */
  public ReadOnlyObjectProperty<ModelChangeEvent> lastChangeProperty() {
    return lastChange.getReadOnlyProperty();
  }

  /** Current diagnostics, errors first (read-only; replaced as a whole after each change). */
  public ObservableList<Diagnostic> diagnostics() {
    return diagnosticsView;
  }
}
