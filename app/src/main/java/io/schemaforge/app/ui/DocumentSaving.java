package io.schemaforge.app.ui;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.files.RecentFiles;
import io.schemaforge.app.ui.files.SaveQueue;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * File ▸ Save for the main window: the FX-thread bookkeeping around the {@link SaveQueue} that
 * writes in the background (which saves are still running, what the document, recent files and
 * recovery copy learn once one is written, what the user is told when one fails). It is its own
 * class because saves outlive the call that asked for them and closing the window has to wait for
 * them.
 */
final class DocumentSaving {
  private static final System.Logger LOG = System.getLogger(DocumentSaving.class.getName());

  private final DocumentViewModel document;
  private final Executor fxThread;
  private final RecentFiles recentFiles;
  private final DocumentRecovery recovery;
  private final WindowMessages messages;
  private SaveQueue saves = new SaveQueue();
  // The last save asked for (FX thread only); saves finish in the order they were asked for.
  private CompletableFuture<Boolean> lastSave = CompletableFuture.completedFuture(true);
  private int savesUnfinished;
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

  DocumentSaving(
      DocumentViewModel document,
      Executor fxThread,
      RecentFiles recentFiles,
      DocumentRecovery recovery,
      WindowMessages messages) {
    this.document = document;
    this.fxThread = fxThread;
    this.recentFiles = recentFiles;
    this.recovery = recovery;
    this.messages = messages;
  }

  /** See {@link MainWindowViewModel#save}. */
  CompletableFuture<Boolean> save() {
    Path file = document.fileProperty().get();
    return file == null ? CompletableFuture.completedFuture(false) : saveAs(file);
  }

  /** See {@link MainWindowViewModel#saveAs}. */
  CompletableFuture<Boolean> saveAs(Path file) {
    Path target = withExtension(file);
    DocumentViewModel.ToSave toSave;
    try {
      toSave = document.toSave();
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(couldNotSave(target, e));
    }
    savesUnfinished++;
    saving.set(true);
    messages.showActivity("Saving " + target.getFileName() + "…");
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
      recovery.saved(!document.dirtyProperty().get());
    }
    messages.dismissMessage();
    messages.showActivity("Saved " + target.getFileName());
    return true;
  }

  private boolean couldNotSave(Path target, Throwable e) {
    LOG.log(System.Logger.Level.WARNING, "saving " + target + " failed", e);
    messages.showActivity(null);
    messages.showMessage("Could not save " + target + ": " + e.getMessage());
    return false;
  }

  /** See {@link MainWindowViewModel#savesFinished}. */
  CompletableFuture<Void> savesFinished() {
    return lastSave.thenApply(saved -> null);
  }

  ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  /** Tests put in a slower or a failing writer. */
  void writeSavesWith(SaveQueue.Write write) {
    saves = new SaveQueue(write);
  }

  static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? file : file.resolveSibling(name + ProjectFiles.EXTENSION);
  }
}
