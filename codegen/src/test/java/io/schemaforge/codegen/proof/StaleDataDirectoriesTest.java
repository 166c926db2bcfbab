package io.schemaforge.codegen.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleDataDirectoriesTest {
  @TempDir Path parent;

  private Path dataDirectory(String name, boolean withLockFile) throws Exception {
    Path dir = Files.createDirectories(parent.resolve(name));
    Files.writeString(dir.resolve("PG_VERSION"), "16\n");
    if (withLockFile) {
      Files.writeString(dir.resolve(StaleDataDirectories.LOCK), "");
    }
    return dir;
  }

  @Test
  void aDirectoryWhoseLockNobodyHoldsIsDeleted() throws Exception {
    Path stale = dataDirectory("schemaforge-proof-pg1", true);

    assertThat(StaleDataDirectories.delete(parent, "schemaforge-proof-pg")).isEqualTo(1);
    assertThat(stale).doesNotExist();
  }

  @Test
  void aDirectoryWhoseLockIsHeldIsKept() throws Exception {
    Path live = dataDirectory("schemaforge-proof-pg2", true);
    try (FileChannel ch =
            FileChannel.open(live.resolve(StaleDataDirectories.LOCK), StandardOpenOption.WRITE);
        FileLock held = ch.lock()) {
      assertThat(StaleDataDirectories.delete(parent, "schemaforge-proof-pg")).isZero();
    }
    assertThat(live).exists();
  }

  @Test
  void aDirectoryBeingInitialisedIsKeptUntilItIsOld() throws Exception {
    Path fresh = dataDirectory("schemaforge-proof-pg3", false);
    assertThat(StaleDataDirectories.delete(parent, "schemaforge-proof-pg")).isZero();
    assertThat(fresh).exists();

    Files.setLastModifiedTime(fresh, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    assertThat(StaleDataDirectories.delete(parent, "schemaforge-proof-pg")).isEqualTo(1);
    assertThat(fresh).doesNotExist();
  }

  @Test
  void otherFoldersAreNeverTouched() throws Exception {
    Path other = dataDirectory("someone-elses-pg", true);
    assertThat(StaleDataDirectories.delete(parent, "schemaforge-proof-pg")).isZero();
    assertThat(other).exists();
  }
}
