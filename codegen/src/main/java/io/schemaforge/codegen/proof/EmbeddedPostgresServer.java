package io.schemaforge.codegen.proof;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL per process, started on first use (about two seconds) and stopped when
 * the process ends. Each proof gets its own database on it.
 */
final class EmbeddedPostgresServer {
  private static EmbeddedPostgres server;
  private static String version;

  private EmbeddedPostgresServer() {}

  static synchronized EmbeddedPostgres get() throws IOException {
    if (server == null) {
      // A scratch server: what it holds is thrown away, so durability only costs time.
      server =
          EmbeddedPostgres.builder()
              .setServerConfig("fsync", "off")
              .setServerConfig("full_page_writes", "off")
              .start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      server.close();
                    } catch (IOException e) {
                      // the process is ending anyway
                    }
                  }));
      try (Connection c = server.getPostgresDatabase().getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("show server_version")) {
        rs.next();
        version = rs.getString(1);
      } catch (SQLException e) {
        version = "?";
      }
    }
    return server;
  }

  static synchronized String version() {
    return version;
  }
}
