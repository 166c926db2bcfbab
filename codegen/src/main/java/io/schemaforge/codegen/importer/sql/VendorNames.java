package io.schemaforge.codegen.importer.sql;

import io.schemaforge.model.Dialect;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The database a file or folder name says it is for: {@code tables_postgres.sql}, {@code
 * db/migration/MYSQL}, {@code schema-h2.sql}, {@code migration_postgres}. Projects that support
 * several databases ship one variant per vendor; only one of them may be replayed.
 */
final class VendorNames {
  /** Name token → vendor key; the five Schemaforge dialects and the others projects ship for. */
  private static final Map<String, String> TOKENS =
      Map.ofEntries(
          Map.entry("postgres", "postgres"),
          Map.entry("postgresql", "postgres"),
          Map.entry("pgsql", "postgres"),
          Map.entry("pg", "postgres"),
          Map.entry("mysql", "mysql"),
          Map.entry("innodb", "mysql"),
          Map.entry("mariadb", "mariadb"),
          Map.entry("h2", "h2"),
          Map.entry("sqlite", "sqlite"),
          Map.entry("sqlite3", "sqlite"),
          Map.entry("oracle", "oracle"),
          Map.entry("sqlserver", "sqlserver"),
          Map.entry("mssql", "sqlserver"),
          Map.entry("db2", "db2"),
          Map.entry("derby", "derby"),
          Map.entry("hsqldb", "hsqldb"),
          Map.entry("hsql", "hsqldb"),
          Map.entry("informix", "informix"),
          Map.entry("sybase", "sybase"),
          Map.entry("firebird", "firebird"),
          Map.entry("cubrid", "cubrid"),
          Map.entry("cloudscape", "cloudscape"),
          Map.entry("pointbase", "pointbase"),
          Map.entry("sapdb", "sapdb"),
          Map.entry("solid", "solid"),
          Map.entry("hana", "hana"),
          Map.entry("cockroachdb", "cockroachdb"));

  private VendorNames() {}

  /** The vendor key a single name (file or folder, without path) mentions, if any. */
  static Optional<String> of(String name) {
    String base = name.toLowerCase(Locale.ROOT).replaceFirst("\\.sql$", "");
    // sqlServer, db2_v8, mysql_innodb: split on anything that is not a letter or digit.
    for (String token : base.split("[^a-z0-9]+")) {
      String vendor = TOKENS.get(token);
      if (vendor == null && token.startsWith("db2")) {
        vendor = "db2";
      }
      if (vendor != null) {
        return Optional.of(vendor);
      }
    }
    return Optional.empty();
  }

  /** The vendor key of a dialect's own files; MariaDB also runs files written for MySQL. */
  static String key(Dialect d) {
    return switch (d) {
      case POSTGRES -> "postgres";
      case MYSQL -> "mysql";
      case MARIADB -> "mariadb";
      case H2 -> "h2";
      case SQLITE -> "sqlite";
    };
  }

  /** The dialect a vendor key stands for, if Schemaforge supports it. */
  static Optional<Dialect> dialect(String vendor) {
    return switch (vendor) {
      case "postgres" -> Optional.of(Dialect.POSTGRES);
      case "mysql" -> Optional.of(Dialect.MYSQL);
      case "mariadb" -> Optional.of(Dialect.MARIADB);
      case "h2" -> Optional.of(Dialect.H2);
      case "sqlite" -> Optional.of(Dialect.SQLITE);
      default -> Optional.empty();
    };
  }
}
