package io.schemaforge.codegen.catalog;

import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The catalog and schema arguments the JDBC metadata calls get. MySQL and MariaDB call a database a
 * catalog and have no schemas; PostgreSQL and H2 read one schema of the connected database; SQLite
 * has neither.
 *
 * <p>Never pass a null catalog to the MariaDB driver: it reads null as "every database on the
 * server", not "the current one".
 */
record CatalogScope(String catalog, String schema) {

  /**
   * @param name the schema (PostgreSQL, H2) or database (MySQL, MariaDB) to read; null for the
   *     connection's current one. For H2 a lower-case name is folded to upper case, as H2 does.
   */
  static CatalogScope of(Connection c, Dialect dialect, String name) throws SQLException {
    return switch (dialect) {
      case MYSQL, MARIADB -> new CatalogScope(name != null ? name : c.getCatalog(), null);
      case POSTGRES -> new CatalogScope(c.getCatalog(), name != null ? name : c.getSchema());
      case H2 ->
          new CatalogScope(
              c.getCatalog(), name != null ? name.toUpperCase(Locale.ROOT) : c.getSchema());
      case SQLITE -> new CatalogScope(null, null);
    };
  }

  /** The name the dialect queries use for the scope: the schema, or MySQL's database. */
  String schemaOrDatabase() {
    return schema != null ? schema : catalog;
  }
}
