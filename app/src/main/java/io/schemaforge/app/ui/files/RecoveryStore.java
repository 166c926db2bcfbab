package io.schemaforge.app.ui.files;

import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileException;
import io.schemaforge.projectfile.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The recovery copy autosave writes while a document has unsaved changes: {@code
 * recovery.schemaforge.json} in the settings folder, with {@code recovery-source.txt} naming the
 * file it belongs to (empty for an untitled model). Removed when the document is saved, closed or
 * replaced, so finding one at start means the last session ended with unsaved work.
 *
 * <p>Writing a 5,000-entity model takes a few hundred milliseconds, too long for the UI thread
 * every few seconds, so writes and removals run on one background thread, in the order they were
 * asked for (a removal after a save is never overtaken by the write before it). Reading waits for
 * them, and so does the end of the process.
 */
public final class RecoveryStore {
  private static final System.Logger LOG = System.getLogger(RecoveryStore.class.getName());
  private static final ExecutorService QUEUE =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "schemaforge-recovery");
            t.setDaemon(true);
            return t;
          });

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> awaitPending(5), "schemaforge-recovery-flush"));
  }

  private final Path model;
  private final Path source;

  public RecoveryStore(Path folder) {
    this.model = folder.resolve("recovery" + ProjectFiles.EXTENSION);
    this.source = folder.resolve("recovery-source.txt");
  }

  /** A recovery copy found at start. */
  public record Recovered(Model model, Path originalFile, Instant savedAt) {}

  /**
   * Writes the recovery copy (atomically, as every save) on the background thread. {@code snapshot}
   * must not change afterwards: pass {@link Model#snapshot()}. A failure is logged, never shown:
   * autosave must not interrupt. The future completes when the copy is written (or failed).
   */
  public CompletableFuture<Void> write(Model snapshot, Path originalFile) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            Files.createDirectories(model.getParent());
            ProjectFiles.save(snapshot, model);
            Files.writeString(
                source,
                originalFile == null ? "" : originalFile.toAbsolutePath().toString(),
                StandardCharsets.UTF_8);
          } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave failed", e);
          }
        },
        QUEUE);
  }

  /** Whether a recovery copy is waiting (once the writes and removals asked for have run). */
  public boolean exists() {
    awaitPending(30);
    return Files.isRegularFile(model);
  }

  /** Reads the recovery copy; empty when there is none or it cannot be read. */
  public Optional<Recovered> read() {
    awaitPending(30);
    return readNow();
  }

  /**
   * Reads the recovery copy on the background thread, after the writes and removals asked for so
   * far: reading one of a 5,000-entity model takes a good part of a second, too long for the FX
   * thread at start.
   *
   * @return completes on the background thread, with empty when there is none or it cannot be read
   */
  public CompletableFuture<Optional<Recovered>> readInBackground() {
    return CompletableFuture.supplyAsync(this::readNow, QUEUE);
  }

  private Optional<Recovered> readNow() {
    if (!Files.isRegularFile(model)) {
      return Optional.empty();
    }
    try {
      Model m = ProjectFiles.load(model);
      String original =
          Files.isRegularFile(source)
              ? Files.readString(source, StandardCharsets.UTF_8).strip()
              : "";
      return Optional.of(
          new Recovered(
              m,
              original.isEmpty() ? null : Path.of(original),
              Files.getLastModifiedTime(model).toInstant()));
    } catch (ProjectFileException | IOException | RuntimeException e) {
      // A damaged copy is not worth a message at start; a reader bug goes to the log.
      LOG.log(System.Logger.Level.WARNING, "cannot read the recovery copy", e);
      return Optional.empty();
    }
  }

  /** Removes the recovery copy (and the backup the atomic save left next to it), in turn. */
  public void clear() {
    QUEUE.execute(
        () -> {
          try {
            Files.deleteIfExists(model);
            Files.deleteIfExists(ProjectFiles.backupOf(model));
            Files.deleteIfExists(source);
          } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove the recovery copy", e);
          }
        });
  }

  /** Waits (at most {@code seconds}) until every write and removal asked for so far has run. */
  private static void awaitPending(int seconds) {
    try {
      CompletableFuture.runAsync(() -> {}, QUEUE).get(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
      LOG.log(System.Logger.Level.WARNING, "recovery copy still being written", e);
    }
  }
}
