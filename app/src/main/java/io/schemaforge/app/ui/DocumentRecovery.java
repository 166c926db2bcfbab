package io.schemaforge.app.ui;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.files.RecoveryStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Keeps the recovery copy of unsaved work in step with the document: autosave writes it, a save, an
 * open or a new model makes it stale, and the next session offers the copy a crashed one left. The
 * rules of when the copy may be written or dropped live here, apart from the saving and opening
 * that trigger them, because both have to follow the same ones.
 */
final class DocumentRecovery {
  private final DocumentViewModel document;
  private final RecoveryStore store;
  private final Executor fxThread;
  private final WindowMessages messages;
  private final ReadOnlyObjectWrapper<RecoveryStore.Recovered> offer =
      new ReadOnlyObjectWrapper<>(this, "recoveryOffer");
  private long autosavedRevision = -1;
  // True from checkRecovery until its read is done: autosave must not replace the copy before.
  private boolean unread;

  DocumentRecovery(
      DocumentViewModel document, RecoveryStore store, Executor fxThread, WindowMessages messages) {
    this.document = document;
    this.store = store;
    this.fxThread = fxThread;
    this.messages = messages;
  }

  /** See {@link MainWindowViewModel#checkRecovery}. */
  CompletableFuture<Void> checkRecovery() {
    unread = true;
    CompletableFuture<Void> checked = new CompletableFuture<>();
    store
        .readInBackground()
        .whenComplete(
            (found, failure) ->
                fxThread.execute(
                    () -> {
                      unread = false;
                      offer.set(found == null ? null : found.orElse(null));
                      checked.complete(null);
                    }));
    return checked;
  }

  void recover() {
    RecoveryStore.Recovered r = offer.get();
    if (r != null) {
      document.openRecovered(r.model(), r.originalFile());
      offer.set(null);
      messages.showActivity("Recovered unsaved work");
    }
  }

  void discard() {
    offer.set(null);
    store.clear();
  }

  /** See {@link MainWindowViewModel#autosave}. */
  void autosave() {
    long revision = document.revisionProperty().get();
    if (!document.dirtyProperty().get()) {
      if (autosavedRevision != -1) {
        store.clear();
        autosavedRevision = -1;
      }
      return;
    }
    if (revision == autosavedRevision || offer.get() != null || unread) {
      // Not over a recovery copy the user has not decided about (or seen) yet.
      return;
    }
    store.write(document.model().snapshot(), document.fileProperty().get());
    autosavedRevision = revision;
  }

  /** Another model took the document's place: its unsaved work is not this one's. */
  void forget() {
    store.clear();
    autosavedRevision = -1;
  }

  /** The document was saved to its file; {@code clean} unless it was edited during the save. */
  void saved(boolean clean) {
    if (clean) {
      store.clear();
    }
    // Clean: nothing to recover. Edited during the save: the copy stays until the next
    // autosave rewrites it (naming the new file).
    autosavedRevision = -1;
  }

  /** The user closes the window and chose what to do with the changes. */
  void closing() {
    store.clear();
  }

  ReadOnlyObjectProperty<RecoveryStore.Recovered> offerProperty() {
    return offer.getReadOnlyProperty();
  }
}
