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

/**
 * The recovery copy autosave writes while a document has unsaved changes: {@code
 * recovery.schemaforge.json} in the settings folder, with {@code recovery-source.txt} naming the
 * file it belongs to (empty for an untitled model). Removed when the document is saved, closed or
 * replaced, so finding one at start means the last session ended with unsaved work.
 */
public final class RecoveryStore {
  private final Path model;
  private final Path source;

  public RecoveryStore(Path folder) {
    this.model = folder.resolve("recovery" + ProjectFiles.EXTENSION);
    this.source = folder.resolve("recovery-source.txt");
  }

  /** A recovery copy found at start. */
  public record Recovered(Model model, Path originalFile, Instant savedAt) {}

  /** Writes the recovery copy (atomically, as every save). */
  public void write(Model current, Path originalFile) throws IOException {
    Files.createDirectories(model.getParent());
    ProjectFiles.save(current, model);
    Files.writeString(
        source,
        originalFile == null ? "" : originalFile.toAbsolutePath().toString(),
        StandardCharsets.UTF_8);
  }

  /** Whether a recovery copy is waiting. */
  public boolean exists() {
    return Files.isRegularFile(model);
  }

  /** Reads the recovery copy; empty when there is none or it cannot be read. */
  public Optional<Recovered> read() {
    if (!exists()) {
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
    } catch (ProjectFileException | IOException e) {
      return Optional.empty();
    }
  }

  /** Removes the recovery copy (and the backup the atomic save left next to it). */
  public void clear() {
    try {
      Files.deleteIfExists(model);
      Files.deleteIfExists(ProjectFiles.backupOf(model));
      Files.deleteIfExists(source);
    } catch (IOException e) {
      System.getLogger(RecoveryStore.class.getName())
          .log(System.Logger.Level.WARNING, "cannot remove the recovery copy", e);
    }
  }
}
