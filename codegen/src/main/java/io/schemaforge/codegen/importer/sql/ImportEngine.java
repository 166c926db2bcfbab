package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.model.Dialect;

/**
 * Where scripts are replayed to read their schema back. A real engine gives the exact catalog; the
 * choice is made once per import from the scripts' dialect and {@code --jdbc}.
 */
public enum ImportEngine {
  /** A scratch database on the process's embedded PostgreSQL. */
  EMBEDDED_POSTGRES,
  /** An in-memory H2, in the compatibility mode the scripts' syntax asks for. */
  H2,
  /** A SQLite database in a temporary file. */
  SQLITE,
  /** A scratch database created on the server {@code --jdbc} names, dropped afterwards. */
  JDBC_SERVER,
  /**
   * No engine at hand (MySQL or MariaDB scripts without {@code --jdbc}): the scripts go through
   * jOOQ's parser and DDL interpreter ({@link InterpreterReplay}), with a warning that {@code
   * --jdbc} gives an exact result.
   */
  NONE;

  public static ImportEngine choose(Dialect scripts, JdbcTarget server) {
    if (server != null) {
      return JDBC_SERVER;
    }
    return switch (scripts) {
      case POSTGRES -> EMBEDDED_POSTGRES;
      case H2 -> H2;
      case SQLITE -> SQLITE;
      case MYSQL, MARIADB -> NONE;
    };
  }
}
