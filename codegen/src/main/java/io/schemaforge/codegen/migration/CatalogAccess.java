package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The catalog reader and comparison the proof uses (io.schemaforge.codegen.catalog). */
final class CatalogAccess {
  private CatalogAccess() {}

  static DbSchema read(Connection c, Dialect d) throws SQLException {
    throw new UnsupportedOperationException("catalog reader not merged yet");
  }

  static List<String> compare(DbSchema expected, DbSchema actual, Dialect d) {
    throw new UnsupportedOperationException("catalog comparison not merged yet");
  }
}
