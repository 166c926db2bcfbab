package io.schemaforge.codegen.catalog;

import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads a dialect's {@link CatalogExtras} through its own catalog tables. */
interface DialectCatalog {

  /**
   * @param tables the tables being read, as the database names them
   */
  CatalogExtras read(Connection c, CatalogScope scope, List<String> tables) throws SQLException;

  static DialectCatalog of(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> new PostgresCatalog();
      case MYSQL, MARIADB -> new MysqlCatalog(dialect);
      case H2 -> new H2Catalog();
      case SQLITE -> new SqliteCatalog();
    };
  }
}
