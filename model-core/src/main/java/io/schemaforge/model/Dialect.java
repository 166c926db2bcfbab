package io.schemaforge.model;

/** The target databases Schemaforge generates for. */
public enum Dialect {
  POSTGRES,
  MYSQL,
  MARIADB,
  H2,
  SQLITE;

  /**
   * Parses the command-line spelling ({@code postgres}, {@code postgresql}, {@code mysql}, ...).
   */
  public static Dialect parse(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    switch (t) {
      case "postgres":
      case "postgresql":
      case "pg":
        return POSTGRES;
      case "mysql":
        return MYSQL;
      case "mariadb":
        return MARIADB;
      case "h2":
        return H2;
      case "sqlite":
        return SQLITE;
      default:
        throw new IllegalArgumentException(
            "unknown dialect '" + text + "' (use postgres, mysql, mariadb, h2 or sqlite)");
    }
  }

  /** The database's own spelling, for people: "PostgreSQL", "MariaDB". */
  public String productName() {
    return switch (this) {
      case POSTGRES -> "PostgreSQL";
      case MYSQL -> "MySQL";
      case MARIADB -> "MariaDB";
      case H2 -> "H2";
      case SQLITE -> "SQLite";
    };
  }

  public String cliName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
