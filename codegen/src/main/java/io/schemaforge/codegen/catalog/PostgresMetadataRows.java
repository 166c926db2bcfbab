package io.schemaforge.codegen.catalog;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * PostgreSQL's {@link MetadataRows} for a whole schema in four queries. pgjdbc accepts a null table
 * for columns and imported keys (one query each, over {@code pg_catalog}), so those stay the
 * driver's own and report exactly what the per-table calls do (its {@code serial} type names,
 * sizes, identity flags). Primary keys and indexes come from queries of our own that return
 * pgjdbc's rows for every table at once: its {@code getIndexInfo} insists on a table, and its
 * primary-key and index queries expand each key with {@code information_schema._pg_expandarray} and
 * deparse every indexed column with {@code pg_get_indexdef}, which on a 2,000-table schema took 0.6
 * s each; here a column's name is read from {@code pg_attribute} (quoted and trimmed as {@code
 * pg_get_indexdef} would give it) and only expression columns are deparsed.
 */
final class PostgresMetadataRows {
  private static final String PRIMARY_KEYS =
      "SELECT ct.relname AS TABLE_NAME, a.attname AS COLUMN_NAME, k.n AS KEY_SEQ,"
          + " ci.relname AS PK_NAME"
          + " FROM pg_catalog.pg_index i"
          + " JOIN pg_catalog.pg_class ct ON ct.oid = i.indrelid"
          + " JOIN pg_catalog.pg_namespace n ON n.oid = ct.relnamespace"
          + " JOIN pg_catalog.pg_class ci ON ci.oid = i.indexrelid"
          + " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)"
          + " JOIN pg_catalog.pg_attribute a ON a.attrelid = ct.oid AND a.attnum = k.attnum"
          + " WHERE i.indisprimary AND n.nspname = ?"
          + " ORDER BY TABLE_NAME, PK_NAME, KEY_SEQ";

  private static final String INDEXES =
      "SELECT ct.relname AS TABLE_NAME, ci.relname AS INDEX_NAME,"
          + " trim(both '\"' from CASE WHEN k.attnum > 0 THEN quote_ident(a.attname)"
          + " ELSE pg_catalog.pg_get_indexdef(ci.oid, k.n::int, false) END) AS COLUMN_NAME,"
          + " NOT i.indisunique AS NON_UNIQUE, k.n AS ORDINAL_POSITION,"
          + " CASE i.indisclustered WHEN true THEN "
          + DatabaseMetaData.tableIndexClustered
          + " ELSE CASE am.amname WHEN 'hash' THEN "
          + DatabaseMetaData.tableIndexHashed
          + " ELSE "
          + DatabaseMetaData.tableIndexOther
          + " END END AS TYPE"
          + " FROM pg_catalog.pg_index i"
          + " JOIN pg_catalog.pg_class ct ON ct.oid = i.indrelid"
          + " JOIN pg_catalog.pg_namespace n ON ct.relnamespace = n.oid"
          + " JOIN pg_catalog.pg_class ci ON ci.oid = i.indexrelid"
          + " JOIN pg_catalog.pg_am am ON ci.relam = am.oid"
          + " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)"
          + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ct.oid AND a.attnum = k.attnum"
          + " WHERE n.nspname = ?"
          // pgjdbc's order within a table: NON_UNIQUE, TYPE, INDEX_NAME, ORDINAL_POSITION.
          + " ORDER BY TABLE_NAME, NON_UNIQUE, TYPE, INDEX_NAME, ORDINAL_POSITION";

  private PostgresMetadataRows() {}

  static MetadataRows read(Connection c, DatabaseMetaData md, CatalogScope scope)
      throws SQLException {
    SchemaWideMetadataRows rows = new SchemaWideMetadataRows();
    rows.addColumns(md.getColumns(scope.catalog(), scope.schema(), "%", "%"));
    try (PreparedStatement ps = c.prepareStatement(PRIMARY_KEYS)) {
      ps.setString(1, scope.schema());
      rows.addPrimaryKeys(ps.executeQuery());
    }
    rows.addImportedKeys(md.getImportedKeys(scope.catalog(), scope.schema(), null));
    try (PreparedStatement ps = c.prepareStatement(INDEXES)) {
      ps.setString(1, scope.schema());
      rows.addIndexes(ps.executeQuery());
    }
    return rows;
  }
}
