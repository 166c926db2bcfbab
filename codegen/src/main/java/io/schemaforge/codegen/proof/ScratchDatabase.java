package io.schemaforge.codegen.proof;

import io.schemaforge.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/** A {@link ProofDatabase} with its connection details and what closing it must do. */
final class ScratchDatabase implements ProofDatabase {
  private final Dialect dialect;
  private final String url;
  private final String user;
  private final String password;
  private final String description;
  private final Runnable drop;

  ScratchDatabase(
      Dialect dialect,
      String url,
      String user,
      String password,
      String description,
      Runnable drop) {
    this.dialect = dialect;
    this.url = url;
    this.user = user;
    this.password = password;
    this.description = description;
    this.drop = drop;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public String url() {
    return url;
  }

  @Override
  public String user() {
    return user;
  }

  @Override
  public String password() {
    return password;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void close() {
    drop.run();
  }

  static ScratchDatabase h2(Dialect dialect, String name) {
    return h2(dialect, name, null);
  }

  /** An in-memory H2 database, in H2's compatibility {@code mode} (e.g. PostgreSQL) if not null. */
  static ScratchDatabase h2(Dialect dialect, String name, String mode) {
    String url =
        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + (mode == null ? "" : ";MODE=" + mode);
    return new ScratchDatabase(
        dialect,
        url,
        "sa",
        "",
        "in-process H2" + (mode == null ? "" : " (MODE=" + mode + ")"),
        () -> run(url, "sa", "", s -> execute(s, "shutdown")));
  }

  /** SQLite in a new temporary file; closing deletes it (at exit, if it cannot be deleted now). */
  static ScratchDatabase sqlite(String filePrefix) throws IOException {
    Path file = Files.createTempFile(filePrefix, ".sqlite");
    return new ScratchDatabase(
        Dialect.SQLITE,
        "jdbc:sqlite:" + file,
        null,
        null,
        "in-process SQLite",
        () -> {
          try {
            Files.deleteIfExists(file);
          } catch (IOException e) {
            file.toFile().deleteOnExit();
          }
        });
  }

  /** Runs statements on a connection, ignoring failures: used to clean up. */
  static void run(String url, String user, String password, Consumer<Statement> work) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      work.accept(s);
    } catch (SQLException | IllegalStateException e) {
      // Cleanup of a scratch database: nothing the user can act on. IllegalStateException is how
      // execute() passes a failed statement out of the Consumer; without it a failed drop escaped
      // close() and replaced the proof's own result or exception.
    }
  }

  static void execute(Statement s, String sql) {
    try {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
