package io.schemaforge.codegen.proof;

import io.schemaforge.model.Dialect;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens the scratch database a dialect's proof runs on: embedded PostgreSQL, H2 or SQLite in
 * process, or a fresh database on the server given by {@code --verify-jdbc} (required for MySQL and
 * MariaDB, optional for PostgreSQL).
 */
public final class ProofDatabases {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SERVER_URL =
      Pattern.compile("(jdbc:(?:mysql|mariadb|postgresql)://[^/?]+)(?:/([^?]*))?(\\?.*)?");

  private ProofDatabases() {}

  /**
   * Gets ready for a proof that {@link #open} will be asked for soon: starts the embedded
   * PostgreSQL in the background when that is where the dialect's proof runs, so its start overlaps
   * with validation and planning. Does nothing for the other dialects or with a server.
   */
  public static void prepare(Dialect dialect, JdbcTarget server) {
    if (dialect == Dialect.POSTGRES && server == null) {
      EmbeddedPostgresServer.startInBackground();
    }
  }

  /**
   * Forgets the history the embedded server kept from the last proof (see {@link ProvenHistory}):
   * the next proof replays every migration from an empty database.
   */
  public static void forgetProvenHistory() throws IOException, SQLException {
    if (ProvenHistory.isKeeping()) {
      try (Connection c = EmbeddedPostgresServer.get().getPostgresDatabase().getConnection()) {
        ProvenHistory.forget(c);
      }
    }
  }

  /** A scratch database, or empty when the dialect needs a server and none was given. */
  public static Optional<ProofDatabase> open(Dialect dialect, JdbcTarget server)
      throws IOException, SQLException {
    String name = "sf_proof_" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
    if (server != null && dialect != Dialect.H2 && dialect != Dialect.SQLITE) {
      return Optional.of(onServer(dialect, server, name));
    }
    return switch (dialect) {
      case H2 -> Optional.of(ScratchDatabase.h2(dialect, name));
      case SQLITE -> Optional.of(ScratchDatabase.sqlite("schemaforge-proof-" + name));
      case POSTGRES -> Optional.of(embeddedPostgres(name));
      case MYSQL, MARIADB -> Optional.empty();
    };
  }

  /**
   * An in-process SQLite database in a new temporary file whose name starts with {@code
   * filePrefix}; closing it deletes the file. The import replays SQLite scripts into one.
   */
  public static ProofDatabase sqlite(String filePrefix) throws IOException {
    return ScratchDatabase.sqlite(filePrefix);
  }

  /**
   * An in-memory H2 database named {@code name}, in H2's compatibility {@code mode} if not null;
   * closing it shuts it down. The import replays H2 scripts into one in the scripts' own mode.
   */
  public static ProofDatabase h2(String name, String mode) {
    return ScratchDatabase.h2(Dialect.H2, name, mode);
  }

  private static ProofDatabase embeddedPostgres(String name) throws IOException, SQLException {
    return EmbeddedProofDatabase.create(EmbeddedPostgresServer.get(), name);
  }

  private static ProofDatabase onServer(Dialect dialect, JdbcTarget server, String name)
      throws SQLException {
    Matcher m = SERVER_URL.matcher(server.url());
    if (!m.matches()) {
      throw new SQLException(
          "--verify-jdbc must be a jdbc:postgresql://, jdbc:mysql:// or jdbc:mariadb:// URL, not "
              + server.url());
    }
    String params = m.group(3) == null ? "" : m.group(3);
    try (Connection c =
            DriverManager.getConnection(server.url(), server.user(), server.password());
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
      String version =
          c.getMetaData().getDatabaseProductName()
              + " "
              + c.getMetaData().getDatabaseProductVersion();
      String url = m.group(1) + "/" + name + params;
      return new ScratchDatabase(
          dialect,
          url,
          server.user(),
          server.password(),
          version + " at " + m.group(1).replaceFirst("^jdbc:[a-z]+://", ""),
          () ->
              ScratchDatabase.run(
                  server.url(),
                  server.user(),
                  server.password(),
                  st -> ScratchDatabase.execute(st, "drop database if exists " + name)));
    }
  }
}
