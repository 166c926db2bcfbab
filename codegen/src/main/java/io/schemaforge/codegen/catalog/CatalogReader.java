package io.schemaforge.codegen.catalog;

import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the tables of a live database into a {@link DbSchema}, through {@link DatabaseMetaData}
 * plus each dialect's own catalog where JDBC says nothing (check constraints, which unique indexes
 * are constraints, indexes the engine made by itself).
 *
 * <p>Skips {@code flyway_schema_history}, SQLite's {@code sqlite_*} tables, views and system
 * tables. Names are as the database reports them, except H2's upper-case fold (see {@link
 * CatalogNames}); ids are {@code name:<table>} and {@code name:<table>.<column>}. A check of the
 * form {@code col IN ('a', 'b')} on a string column is read as an enum: the column's type becomes
 * ENUM with those values and the check an enum check.
 */
public final class CatalogReader {
  static final String FLYWAY_HISTORY = "flyway_schema_history";
  private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");

  private final boolean perTable;

  public CatalogReader() {
    this(false);
  }

  /**
   * @param perTable read each table through its own {@code DatabaseMetaData} calls even where the
   *     dialect has a schema-wide reader: the reference the tests compare the fast path with
   */
  CatalogReader(boolean perTable) {
    this.perTable = perTable;
  }

  /** Reads the connection's current schema (PostgreSQL, H2) or database (MySQL, MariaDB). */
  public DbSchema read(Connection c, Dialect dialect) throws SQLException {
    return read(c, dialect, null);
  }

  /**
   * Reads one schema (PostgreSQL, H2) or database (MySQL, MariaDB); SQLite ignores the name.
   *
   * @param schemaName null for the connection's current one
   */
  public DbSchema read(Connection c, Dialect dialect, String schemaName) throws SQLException {
    CatalogScope scope = CatalogScope.of(c, dialect, schemaName);
    DatabaseMetaData md = c.getMetaData();
    List<String[]> tables = tables(md, scope);
    List<String> rawNames = tables.stream().map(t -> t[0]).toList();
    CatalogExtras extras = DialectCatalog.of(dialect).read(c, scope, rawNames);
    MetadataRows rows =
        perTable ? new PerTableMetadataRows(md, scope) : rows(c, md, scope, dialect);
    TableReader reader = new TableReader(rows, dialect, DatabaseTypeMapper.of(dialect), extras);
    List<DbTable> result = new ArrayList<>();
    for (String[] t : tables) {
      result.add(reader.read(t[0], t[1]));
    }
    return new DbSchema(result);
  }

  /**
   * The schema-wide reader of the dialect where there is one (a few queries for the whole schema
   * instead of four round trips per table); SQLite is in-process, where round trips cost nothing.
   */
  private static MetadataRows rows(
      Connection c, DatabaseMetaData md, CatalogScope scope, Dialect dialect) throws SQLException {
    return switch (dialect) {
      case POSTGRES -> PostgresMetadataRows.read(c, md, scope);
      case MYSQL, MARIADB, H2, SQLITE -> new PerTableMetadataRows(md, scope);
    };
  }

  /** Table name and remarks of every user table in the scope. */
  private static List<String[]> tables(DatabaseMetaData md, CatalogScope scope)
      throws SQLException {
    List<String[]> tables = new ArrayList<>();
    // Types null and filtered here: H2 2.x calls tables "BASE TABLE", the others "TABLE".
    try (ResultSet rs = md.getTables(scope.catalog(), scope.schema(), "%", null)) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        String type = rs.getString("TABLE_TYPE");
        if (type == null || !TABLE_TYPES.contains(type.toUpperCase(Locale.ROOT))) {
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(FLYWAY_HISTORY) || lower.startsWith("sqlite_")) {
          continue;
        }
        tables.add(new String[] {name, rs.getString("REMARKS")});
      }
    }
    return tables;
  }
}
