package io.schemaforge.codegen.catalog;

import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB, from {@code information_schema}. Every unique index is listed as a UNIQUE
 * constraint there (the two are one thing in MySQL), so all are reported as unique constraints.
 * InnoDB creates an index named after a foreign key when no index covers its columns; it is hidden.
 * MariaDB's {@code json} is a longtext with a column check {@code json_valid(col)} named after the
 * column: the column is marked JSON and the check dropped.
 */
final class MysqlCatalog implements DialectCatalog {
  private static final Pattern JSON_VALID =
      Pattern.compile(
          "^\\s*json_valid\\s*\\(\\s*`?([^`)]+)`?\\s*\\)\\s*$", Pattern.CASE_INSENSITIVE);

  /** MariaDB names checks per table and lists the table in CHECK_CONSTRAINTS. */
  private static final String MARIADB_CHECKS =
      "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
          + " WHERE CONSTRAINT_SCHEMA = ?";

  /** MySQL 8 has no TABLE_NAME there; check names are unique per schema, so join on the name. */
  private static final String MYSQL_CHECKS =
      "SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
          + " FROM information_schema.CHECK_CONSTRAINTS cc"
          + " JOIN information_schema.TABLE_CONSTRAINTS tc"
          + " ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA"
          + " AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME AND tc.CONSTRAINT_TYPE = 'CHECK'"
          + " WHERE cc.CONSTRAINT_SCHEMA = ?";

  private static final String KEYS =
      "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
          + " WHERE CONSTRAINT_SCHEMA = ? AND CONSTRAINT_TYPE IN ('UNIQUE', 'FOREIGN KEY')";

  private final Dialect dialect;

  MysqlCatalog(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public CatalogExtras read(Connection c, CatalogScope scope, List<String> tables)
      throws SQLException {
    CatalogExtras extras = new CatalogExtras();
    String db = scope.schemaOrDatabase();
    try (PreparedStatement ps =
        c.prepareStatement(dialect == Dialect.MARIADB ? MARIADB_CHECKS : MYSQL_CHECKS)) {
      ps.setString(1, db);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1);
          String name = rs.getString(2);
          String clause = rs.getString(3);
          Matcher json = JSON_VALID.matcher(clause);
          if (json.matches() && json.group(1).equalsIgnoreCase(name)) {
            extras.jsonColumn(table, json.group(1));
          } else {
            extras.addCheck(table, name, clause);
          }
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(KEYS)) {
      ps.setString(1, db);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1);
          String name = rs.getString(2);
          if ("UNIQUE".equals(rs.getString(3))) {
            extras.uniqueConstraint(table, name, name);
          } else {
            extras.hideIndex(table, name);
          }
        }
      }
    }
    return extras;
  }
}
