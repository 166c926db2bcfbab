package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.proof.ProofDatabase;
import io.schemaforge.codegen.proof.ProofDatabases;
import io.schemaforge.model.Dialect;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens the scratch database an import replays scripts into; closing it drops it. Embedded
 * PostgreSQL, H2 (in the scripts' compatibility mode), SQLite and server databases all come from
 * the export's {@link ProofDatabases}.
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
        case H2 -> ProofDatabases.h2(name, h2Mode);
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
}
