package io.schemaforge.codegen.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchServerSettingsTest {
  @Test
  void aWritableFolderWithRoomHoldsTheDataDirectory(@TempDir Path dir) {
    assertThat(ScratchServerSettings.dataParent(dir)).contains(dir);
  }

  @Test
  void aMissingSharedMemoryFolderFallsBackToTheDefault(@TempDir Path dir) {
    assertThat(ScratchServerSettings.dataParent(dir.resolve("no-such-mount"))).isEmpty();
  }

  @Test
  void aFileInsteadOfAFolderFallsBackToTheDefault(@TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("shm"), "not a folder");
    assertThat(ScratchServerSettings.dataParent(file)).isEmpty();
  }

  @Test
  void durabilityIsSwitchedOffAndTheLockTableIsADefaultServers() {
    assertThat(ScratchServerSettings.serverConfig())
        .containsOnlyKeys("fsync", "synchronous_commit", "full_page_writes", "max_connections")
        .containsEntry("fsync", "off")
        .containsEntry("synchronous_commit", "off")
        .containsEntry("full_page_writes", "off")
        .containsEntry("max_connections", "100");
  }
}
