package io.schemaforge.app.ui;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.files.RecentFiles;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileException;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.LiveValidator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * File ▸ Open for the main window: reading a model file in place of the current document, either at
 * once or on a background thread with the first validation after the first frame; and the other
 * ways another model takes the document's place (File ▸ New, an imported project), which leave the
 * recovery copy and the banner in the same state. Its own class because the background open is a
 * small protocol of its own (the latest request wins, the check waits for the drawing, the bench
 * reads where the time went) that the rest of the window does not need to see.
 */
final class DocumentOpening {
  private static final System.Logger LOG = System.getLogger(DocumentOpening.class.getName());

  private final DocumentViewModel document;
  private final Executor fxThread;
  private final RecentFiles recentFiles;
  private final DocumentRecovery recovery;
  private final WindowMessages messages;
  private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
  // Which openInBackground call is the latest; only the FX thread reads or writes it.
  private long openRequests;
  private OpenTimes lastOpenTimes = OpenTimes.NONE;
  private Executor afterFirstFrame = Runnable::run;

  DocumentOpening(
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

  void openNew() {
    document.open(DocumentViewModel.emptyModel(), null);
    replaced("New model");
  }

  /** See {@link MainWindowViewModel#openImported}. */
  void openImported(Model model) {
    document.openUnsaved(model, null);
    replaced("Imported " + model.schema().name() + ": save it to keep it");
  }

  private void replaced(String activity) {
    recovery.forget();
    messages.dismissMessage();
    messages.showActivity(activity);
  }

  /** See {@link MainWindowViewModel#open}. */
  boolean open(Path file) {
    try {
      Model model = ProjectFiles.load(file);
      document.open(DocumentViewModel.prepare(model, document.rules()), file);
      opened(file);
      return true;
    } catch (ProjectFileException | RuntimeException e) {
      couldNotOpen(file, e);
    }
    return false;
  }

  /** See {@link MainWindowViewModel#openInBackground}. */
  CompletableFuture<Boolean> openInBackground(Path file) {
    long request = ++openRequests;
    opening.set(true);
    messages.showActivity("Opening " + file.getFileName() + "…");
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

  /** See {@link MainWindowViewModel#checkAfter}. */
  void checkAfter(Executor afterFirstFrame) {
    this.afterFirstFrame = afterFirstFrame;
  }

  OpenTimes lastOpenTimes() {
    return lastOpenTimes;
  }

  ReadOnlyBooleanProperty openingProperty() {
    return opening.getReadOnlyProperty();
  }

  private void opened(Path file) {
    recentFiles.add(file);
    recovery.forget();
    messages.dismissMessage();
    messages.showOpened(file);
  }

  private void couldNotOpen(Path file, Throwable e) {
    messages.showActivity(null);
    if (e instanceof ProjectFileException) {
      messages.showMessage("Could not open the model. " + e.getMessage());
    } else {
      // A reader bug must not take the window down; the details go to the log, not the user.
      LOG.log(System.Logger.Level.ERROR, "loading " + file + " failed", e);
      messages.showMessage(
          "Could not open " + file + ": unexpected " + e.getClass().getSimpleName() + ".");
    }
  }
}
