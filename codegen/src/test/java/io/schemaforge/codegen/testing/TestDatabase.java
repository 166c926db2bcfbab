package io.schemaforge.codegen.testing;

import io.schemaforge.model.Dialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One fresh, empty database created for one test; {@link #close()} drops it. Obtain one from {@link
 * TestDatabases}. Hand {@link #url()}, {@link #user()} and {@link #password()} (or {@link
 * #dataSource()}) to Flyway; use {@link #connect()} for JDBC.
 */
public final class TestDatabase implements AutoCloseable {
  /** What dropping the database takes; run once by {@link #close()}. */
  interface Dropper {
    void drop() throws Exception;
  }

  private final TestEngine engine;
  private final String name;
  private final String url;
  private final String user;
  private final String password;
  private final Dropper dropper;
  private boolean closed;

  TestDatabase(
      TestEngine engine, String name, String url, String user, String password, Dropper dropper) {
    this.engine = engine;
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
    this.dropper = dropper;
  }

  public TestEngine engine() {
    return engine;
  }

  public Dialect dialect() {
    return engine.dialect();
  }

  /**
   * The database's name (for PostgreSQL and MariaDB the catalog/schema to read; for H2 the
   * in-memory database name; for SQLite the file name).
   */
  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  /** The password; never null (an empty string where the engine needs none). */
  public String password() {
    return password;
  }

  /** A new connection to this database; the caller closes it. */
  public Connection connect() throws SQLException {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
      p.setProperty("password", password);
    }
    return DriverManager.getConnection(url, p);
  }

  /** A minimal {@link DataSource} opening a new connection per call, enough for Flyway. */
  public DataSource dataSource() {
    return new DriverManagerDataSource();
  }

  /** Drops the database; safe to call twice. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      dropper.drop();
    } catch (Exception e) {
      throw new IllegalStateException("could not drop test database " + this, e);
    }
  }

  @Override
  public String toString() {
    return engine + " " + url;
  }

  private final class DriverManagerDataSource implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return connect();
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
      return DriverManager.getConnection(url, u, p);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      if (iface.isInstance(this)) {
        return iface.cast(this);
      }
      throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return iface.isInstance(this);
    }
  }
}
