package io.schemaforge.codegen.importer.sql;

import java.sql.Connection;
import java.sql.SQLException;

/** Marks a connection read-only where the driver allows it after connecting. */
final class ReadOnly {
  private ReadOnly() {}

  static void mark(Connection c) {
    try {
      c.setReadOnly(true);
    } catch (SQLException e) {
      // SQLite only takes the flag when connecting; the import only runs catalog queries anyway.
    }
  }
}
