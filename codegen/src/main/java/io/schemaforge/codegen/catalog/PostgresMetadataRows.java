package io.schemaforge.codegen.catalog;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * PostgreSQL's {@link MetadataRows} for a whole schema in four queries. pgjdbc accepts a null table
 * for columns, primary and imported keys (one query each, over {@code pg_catalog}), so those stay
 * the driver's own and report exactly what the per-table calls do (its {@code serial} type names,
 * sizes, identity flags). Its {@code getIndexInfo} insists on a table, so indexes come from the
 * same {@code pg_index} query pgjdbc runs, without the table filter.
 */
final class PostgresMetadataRows {
  private static final String INDEXES =
      "SELECT tmp.TABLE_NAME, tmp.INDEX_NAME,"
          + " trim(both '\"' from pg_catalog.pg_get_indexdef(tmp.CI_OID, tmp.ORDINAL_POSITION,"
          + " false)) AS COLUMN_NAME,"
          + " tmp.NON_UNIQUE, tmp.ORDINAL_POSITION, tmp.TYPE"
          + " FROM (SELECT ct.relname AS TABLE_NAME, ci.relname AS INDEX_NAME,"
          + " NOT i.indisunique AS NON_UNIQUE,"
          + " CASE i.indisclustered WHEN true THEN "
          + DatabaseMetaData.tableIndexClustered
          + " ELSE CASE am.amname WHEN 'hash' THEN "
          + DatabaseMetaData.tableIndexHashed
          + " ELSE "
          + DatabaseMetaData.tableIndexOther
          + " END END AS TYPE,"
          + " (information_schema._pg_expandarray(i.indkey)).n AS ORDINAL_POSITION,"
          + " ci.oid AS CI_OID"
          + " FROM pg_catalog.pg_class ct"
          + " JOIN pg_catalog.pg_namespace n ON ct.relnamespace = n.oid"
          + " JOIN pg_catalog.pg_index i ON ct.oid = i.indrelid"
          + " JOIN pg_catalog.pg_class ci ON ci.oid = i.indexrelid"
          + " JOIN pg_catalog.pg_am am ON ci.relam = am.oid"
          + " WHERE n.nspname = ?) tmp"
          // pgjdbc's order within a table: NON_UNIQUE, TYPE, INDEX_NAME, ORDINAL_POSITION.
          + " ORDER BY tmp.TABLE_NAME, tmp.NON_UNIQUE, tmp.TYPE, tmp.INDEX_NAME,"
          + " tmp.ORDINAL_POSITION";

  private PostgresMetadataRows() {}

  static MetadataRows read(Connection c, DatabaseMetaData md, CatalogScope scope)
      throws SQLException {
    SchemaWideMetadataRows rows = new SchemaWideMetadataRows();
    rows.addColumns(md.getColumns(scope.catalog(), scope.schema(), "%", "%"));
    rows.addPrimaryKeys(md.getPrimaryKeys(scope.catalog(), scope.schema(), null));
    rows.addImportedKeys(md.getImportedKeys(scope.catalog(), scope.schema(), null));
    try (PreparedStatement ps = c.prepareStatement(INDEXES)) {
      ps.setString(1, scope.schema());
      rows.addIndexes(ps.executeQuery());
    }
    return rows;
  }
}
