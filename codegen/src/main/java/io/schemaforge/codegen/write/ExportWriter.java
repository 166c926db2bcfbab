package io.schemaforge.codegen.write;

import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.UnusableTargetException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts an export's files into the target project all or nothing. Every file is first written and
 * flushed to a staging folder inside the target (same file system, so moves are atomic renames);
 * then each one replaces its destination, the old file being moved aside. If anything fails, the
 * moves are undone in reverse and the target is left exactly as it was. A journal in the staging
 * folder lets the next export undo a run that was killed half-way ({@link #recoverInterrupted}).
 */
public final class ExportWriter {
  static final String STAGING_PREFIX = "staging-";
  static final Path WORK = Path.of(".schemaforge");
  private static final String JOURNAL = "journal";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Writes the files under {@code root}; returns their absolute paths. */
  public List<Path> write(Path root, List<GeneratedFile> files) throws ExportException {
    checkTarget(root);
    boolean workExisted = Files.exists(root.resolve(WORK));
    try {
      recoverInterrupted(root);
    } catch (IOException e) {
      throw new ExportException(
          "an earlier interrupted export in " + root + " could not be undone: " + e.getMessage(),
          e);
    }
    Path staging;
    try {
      staging =
          root.resolve(WORK)
              .resolve(STAGING_PREFIX + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE));
      Files.createDirectories(staging);
      for (GeneratedFile f : files) {
        Path p = staging.resolve("new").resolve(f.path());
        Files.createDirectories(p.getParent());
        writeDurably(p, f.content());
      }
    } catch (IOException e) {
      if (!workExisted) {
        deleteQuietly(root.resolve(WORK));
      }
      throw new ExportException(
          "could not stage the export in " + root + ": " + describe(e) + "; nothing was written",
          e);
    }
    Commit commit = new Commit(root, staging);
    try {
      for (GeneratedFile f : files) {
        commit.place(f.path());
      }
    } catch (IOException e) {
      try {
        commit.undo();
      } catch (IOException undoFailure) {
        e.addSuppressed(undoFailure);
        throw new ExportException(
            "writing "
                + root
                + " failed ("
                + describe(e)
                + ") and could not be fully undone; the previous files are kept in "
                + staging,
            e);
      }
      deleteQuietly(staging);
      if (!workExisted) {
        deleteQuietly(root.resolve(WORK));
      }
      throw new ExportException(
          "could not write into " + root + ": " + describe(e) + "; the target was left as it was",
          e);
    }
    deleteQuietly(staging);
    if (!workExisted) {
      deleteIfEmpty(root.resolve(WORK));
    }
    return files.stream().map(f -> root.resolve(f.path())).toList();
  }

  private static void checkTarget(Path root) throws ExportException {
    if (!Files.exists(root)) {
      throw new UnusableTargetException("target folder " + root + " does not exist");
    }
    if (!Files.isDirectory(root)) {
      throw new UnusableTargetException("target " + root + " is not a folder");
    }
    if (!Files.isWritable(root)) {
      throw new UnusableTargetException("target folder " + root + " is read-only");
    }
  }

  /** Undoes exports that were killed half-way, using the journals they left. */
  public static void recoverInterrupted(Path root) throws IOException {
    Path work = root.resolve(WORK);
    if (!Files.isDirectory(work)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(work)) {
      for (Path staging :
          dirs.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
        Path journal = staging.resolve(JOURNAL);
        if (Files.isRegularFile(journal)) {
          new Commit(root, staging).replay(Files.readAllLines(journal));
        }
        deleteQuietly(staging);
      }
    }
  }

  static void writeDurably(Path p, String content) throws IOException {
    try (FileChannel ch =
        FileChannel.open(
            p,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ch.write(StandardCharsets.UTF_8.encode(content));
      ch.force(true);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied on " + ((AccessDeniedException) e).getFile();
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getFile() + ": " + fse.getReason();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static void deleteIfEmpty(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      if (children.findAny().isEmpty()) {
        Files.delete(dir);
      }
    } catch (IOException e) {
      // an empty work folder is harmless
    }
  }

  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover staging folder is harmless and is retried on the next export
    }
  }

  /** The moves of one write, journaled so they can be undone now or after a crash. */
  private static final class Commit {
    private final Path root;
    private final Path staging;
    private final List<String> done = new ArrayList<>();

    Commit(Path root, Path staging) {
      this.root = root;
      this.staging = staging;
    }

    void place(Path relative) throws IOException {
      Path dest = root.resolve(relative);
      createParents(dest.getParent());
      if (Files.exists(dest)) {
        Path backup = staging.resolve("old").resolve(relative);
        Files.createDirectories(backup.getParent());
        journal("replaced " + relative);
        move(dest, backup);
        done.add("replaced " + relative);
        move(staging.resolve("new").resolve(relative), dest);
      } else {
        journal("created " + relative);
        move(staging.resolve("new").resolve(relative), dest);
        done.add("created " + relative);
      }
    }

    // Folders the export creates are journaled too, so an undo leaves no empty folders behind.
    private void createParents(Path dir) throws IOException {
      List<Path> missing = new ArrayList<>();
      for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
        missing.add(0, d);
      }
      for (Path d : missing) {
        String line = "mkdir " + root.relativize(d);
        journal(line);
        Files.createDirectory(d);
        done.add(line);
      }
    }

    private void journal(String line) throws IOException {
      Files.writeString(
          staging.resolve(JOURNAL),
          line + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    }

    void undo() throws IOException {
      replay(done);
    }

    /** Undoes the journaled moves, newest first. */
    void replay(List<String> lines) throws IOException {
      for (int i = lines.size() - 1; i >= 0; i--) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        Path relative = Path.of(line.substring(line.indexOf(' ') + 1));
        Path dest = root.resolve(relative);
        if (line.startsWith("mkdir ")) {
          try (Stream<Path> children = Files.exists(dest) ? Files.list(dest) : Stream.empty()) {
            if (children.findAny().isEmpty()) {
              Files.deleteIfExists(dest);
            }
          }
        } else if (line.startsWith("replaced ")) {
          Path backup = staging.resolve("old").resolve(relative);
          if (Files.exists(backup)) {
            move(backup, dest);
          }
        } else if (Files.isRegularFile(dest)) {
          // Only a file we placed; after a crash the move may never have happened.
          Files.delete(dest);
        }
      }
    }

    private static void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
