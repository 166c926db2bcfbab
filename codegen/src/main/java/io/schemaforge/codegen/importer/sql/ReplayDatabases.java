package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.proof.ProofDatabase;
import io.schemaforge.codegen.proof.ProofDatabases;
import io.schemaforge.model.Dialect;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens the scratch database an import replays scripts into; closing it drops it. Embedded
 * PostgreSQL, SQLite and server databases come from the export's {@link ProofDatabases}; H2 is
 * opened here because its compatibility mode must match the scripts.
 */
final class ReplayDatabases {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReplayDatabases() {}

  /**
   * @param h2Mode H2's MODE for H2 replays ({@code MySQL}, {@code PostgreSQL}), or null
   */
  static ProofDatabase open(ImportEngine engine, Dialect scripts, JdbcTarget server, String h2Mode)
      throws ImportException {
    String name = "sf_import_" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
    try {
      return switch (engine) {
        case EMBEDDED_POSTGRES -> ProofDatabases.open(Dialect.POSTGRES, null).orElseThrow();
        case H2 -> h2(name, h2Mode);
        case SQLITE -> ProofDatabases.sqlite(name);
        case JDBC_SERVER -> onServer(server);
        case NONE -> throw new IllegalArgumentException("no engine to open");
      };
    } catch (IOException | SQLException e) {
      throw new ImportException(
          "cannot open a database to replay the scripts in ("
              + (engine == ImportEngine.JDBC_SERVER ? server.url() + ": " : "")
              + e.getMessage()
              + ")",
          e);
    }
  }

  /** The dialect a server URL speaks, if it is one a scratch database can be made on. */
  static Optional<Dialect> serverDialect(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:postgresql://")) {
      return Optional.of(Dialect.POSTGRES);
    }
    if (u.startsWith("jdbc:mariadb://")) {
      return Optional.of(Dialect.MARIADB);
    }
    if (u.startsWith("jdbc:mysql://")) {
      return Optional.of(Dialect.MYSQL);
    }
    return Optional.empty();
  }

  private static ProofDatabase onServer(JdbcTarget server)
      throws ImportException, IOException, SQLException {
    Dialect d =
        serverDialect(server.url())
            .orElseThrow(
                () ->
                    new ImportException(
                        "--jdbc "
                            + server.url()
                            + ": scripts can be replayed on a jdbc:postgresql://, jdbc:mysql:// or"
                            + " jdbc:mariadb:// server (a scratch database is created there and"
                            + " dropped afterwards)"));
    return ProofDatabases.open(d, server).orElseThrow();
  }

  private static ProofDatabase h2(String name, String mode) {
    String url =
        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + (mode == null ? "" : ";MODE=" + mode);
    return new InProcess(
        Dialect.H2,
        url,
        "sa",
        "",
        "in-process H2" + (mode == null ? "" : " (MODE=" + mode + ")"),
        () -> {
          try (Connection c = DriverManager.getConnection(url, "sa", "");
              Statement s = c.createStatement()) {
            s.execute("shutdown");
          } catch (SQLException e) {
            // an in-memory database of this process: gone with it anyway
          }
        });
  }

  /** An in-process scratch database and how to get rid of it. */
  private record InProcess(
      Dialect dialect, String url, String user, String password, String description, Runnable drop)
      implements ProofDatabase {
    @Override
    public void close() {
      drop.run();
    }
  }
}
