package io.schemaforge.app.ui.files;

import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes the models File ▸ Save asks for, on one background thread: turning a 5,000-entity model
 * into 22 MB of JSON and flushing it to disk takes a tenth of a second or more, which the window
 * must not freeze for. The model is a snapshot taken on the FX thread, so edits made meanwhile do
 * not reach the file. Saves are written one at a time in the order they were asked for, so the file
 * ends up holding the last one; each is atomic ({@link ProjectFiles#save}: temporary file, {@code
 * .bak}, rename). The end of the process waits for a save still being written.
 */
public final class SaveQueue {
  private static final System.Logger LOG = System.getLogger(SaveQueue.class.getName());
  // One thread for every window, so two saves of the same file can never overlap.
  private static final ExecutorService THREAD =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "schemaforge-save");
            t.setDaemon(true);
            return t;
          });

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(SaveQueue::awaitPending, "save-flush"));
  }

  /** How a snapshot gets into its file; tests put in a slower or a failing one. */
  @FunctionalInterface
  public interface Write {
    void write(Model snapshot, Path file) throws IOException;
  }

  private final Write write;

  /** A writer that saves with {@link ProjectFiles#save}. */
  public SaveQueue() {
    this(ProjectFiles::save);
  }

  public SaveQueue(Write write) {
    this.write = write;
  }

  /**
   * Queues a snapshot to be written to {@code file}. {@code snapshot} must not change afterwards:
   * pass {@link Model#snapshot()}.
   *
   * @return completes on the writer thread once the file is written, or exceptionally with what
   *     went wrong (the {@link IOException} itself, not wrapped)
   */
  public CompletableFuture<Void> write(Model snapshot, Path file) {
    CompletableFuture<Void> written = new CompletableFuture<>();
    THREAD.execute(
        () -> {
          try {
            write.write(snapshot, file);
            written.complete(null);
          } catch (Throwable e) {
            // Anything, even an OutOfMemoryError: a save that never completes would leave the
            // window saying "Saving…" and closing waiting for it forever.
            written.completeExceptionally(e);
          }
        });
    return written;
  }

  private static void awaitPending() {
    try {
      CompletableFuture.runAsync(() -> {}, THREAD).get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(System.Logger.Level.WARNING, "a save was still being written at exit", e);
    }
  }
}
