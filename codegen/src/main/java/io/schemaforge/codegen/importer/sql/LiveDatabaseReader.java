package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a live database's catalog ({@code --jdbc} without scripts): the schema (PostgreSQL, H2) or
 * database (MySQL, MariaDB) the URL connects to. Read-only: the connection is marked so and only
 * catalog queries are run.
 */
public final class LiveDatabaseReader {

  /**
   * @throws ImportException when the database cannot be reached or is of an unknown kind
   */
  public SchemaReadResult read(JdbcTarget target) throws ImportException {
    try (Connection c =
        DriverManager.getConnection(target.url(), target.user(), target.password())) {
      ReadOnly.mark(c);
      String product = c.getMetaData().getDatabaseProductName();
      Dialect d = dialectOf(product, target.url());
      DbSchema schema = new CatalogReader().read(c, d);
      List<ImportFinding> findings = new ArrayList<>();
      findings.add(
          new ImportFinding(
              Severity.INFO,
              null,
              0,
              null,
              "read "
                  + product
                  + " "
                  + c.getMetaData().getDatabaseProductVersion()
                  + ", "
                  + (d == Dialect.MYSQL || d == Dialect.MARIADB
                      ? "database " + c.getCatalog()
                      : d == Dialect.SQLITE ? "main database" : "schema " + c.getSchema())));
      findings.addAll(OtherSchemas.tablesOutside(c, d));
      return new SchemaReadResult(schema, d, findings, List.of());
    } catch (SQLException e) {
      throw new ImportException("cannot read " + target.url() + ": " + e.getMessage(), e);
    }
  }

  private static Dialect dialectOf(String product, String url) throws ImportException {
    String p = product.toLowerCase(Locale.ROOT);
    if (p.contains("postgres")) {
      return Dialect.POSTGRES;
    }
    if (p.contains("mariadb")) {
      return Dialect.MARIADB;
    }
    if (p.contains("mysql")) {
      return url.toLowerCase(Locale.ROOT).startsWith("jdbc:mariadb:")
          ? Dialect.MARIADB
          : Dialect.MYSQL;
    }
    if (p.equals("h2")) {
      return Dialect.H2;
    }
    if (p.contains("sqlite")) {
      return Dialect.SQLITE;
    }
    throw new ImportException(
        url
            + " is a "
            + product
            + " database; Schemaforge reads postgres, mysql, mariadb, h2 and sqlite");
  }
}
