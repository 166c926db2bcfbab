package io.schemaforge.codegen.proof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the embedded proof server is configured. Everything it holds is thrown away when the process
 * ends, so what PostgreSQL spends on durability and crash recovery is pure cost here; nothing below
 * changes what a statement does to the catalog, which is all a proof reads.
 */
final class ScratchServerSettings {
  /** Where a RAM-backed file system is usually mounted on Linux. */
  static final Path SHARED_MEMORY = Path.of("/dev/shm");

  /** A fresh cluster is ~90 MB with its first WAL segments; a 1,000-table database adds ~45 MB. */
  private static final long MIN_FREE_BYTES = 512L * 1024 * 1024;

  private ScratchServerSettings() {}

  /**
   * Server settings (postgresql.conf names and values). Durability is switched off: a crash loses a
   * scratch database nobody will reopen. Measured and left out, as they changed nothing within the
   * noise on a 2,150-statement V1 (server CPU, alternating runs in one process): wal_level=minimal,
   * larger wal_buffers, no checkpoints, autovacuum and statistics off. What costs is the relation
   * files the DDL creates; see {@link #dataParent}.
   *
   * <p>The number of connections is a default server's (the library raises it to 300), because it
   * sizes the lock table: a migration that locks more relations than a default server has room for
   * must fail its proof here, not later on the user's server.
   */
  static Map<String, String> serverConfig() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("fsync", "off");
    c.put("synchronous_commit", "off");
    c.put("full_page_writes", "off");
    c.put("max_connections", "100");
    return c;
  }

  /**
   * The folder to put the cluster's data directory in: shared memory when there is such a folder
   * with room to spare (relation files are created and removed by the thousand: on tmpfs that is a
   * memory operation, on a journaling disk file system a metadata write each), else empty for the
   * library's default (the system's temporary folder).
   */
  static Optional<Path> dataParent(Path sharedMemory) {
    try {
      if (Files.isDirectory(sharedMemory)
          && Files.isWritable(sharedMemory)
          && Files.getFileStore(sharedMemory).getUsableSpace() >= MIN_FREE_BYTES) {
        return Optional.of(sharedMemory);
      }
    } catch (IOException | SecurityException e) {
      // an unreadable mount: use the default folder
    }
    return Optional.empty();
  }
}
