package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.catalog.CatalogComparison;
import io.schemaforge.codegen.catalog.CatalogDifference;
import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The catalog reader and comparison the proof uses. */
final class CatalogAccess {
  private CatalogAccess() {}

  static DbSchema read(Connection c, Dialect d) throws SQLException {
    return new CatalogReader().read(c, d);
  }

  static List<String> compare(DbSchema expected, DbSchema actual, Dialect d) {
    return new CatalogComparison()
        .compare(expected, actual, d).stream().map(CatalogDifference::toString).toList();
  }
}
