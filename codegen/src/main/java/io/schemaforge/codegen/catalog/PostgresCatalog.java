package io.schemaforge.codegen.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** PostgreSQL: check and unique constraints from {@code pg_constraint}. */
final class PostgresCatalog implements DialectCatalog {
  private static final String CONSTRAINTS =
      "SELECT rel.relname, con.conname, con.contype, pg_get_constraintdef(con.oid), idx.relname"
          + " FROM pg_constraint con"
          + " JOIN pg_class rel ON rel.oid = con.conrelid"
          + " JOIN pg_namespace ns ON ns.oid = rel.relnamespace"
          + " LEFT JOIN pg_class idx ON idx.oid = con.conindid"
          + " WHERE con.contype IN ('c', 'u') AND ns.nspname = ?";

  @Override
  public CatalogExtras read(Connection c, CatalogScope scope, List<String> tables)
      throws SQLException {
    CatalogExtras extras = new CatalogExtras();
    try (PreparedStatement ps = c.prepareStatement(CONSTRAINTS)) {
      ps.setString(1, scope.schema());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1);
          String name = rs.getString(2);
          if ("c".equals(rs.getString(3))) {
            extras.addCheck(table, name, checkBody(rs.getString(4)));
          } else if (rs.getString(5) != null) {
            extras.uniqueConstraint(table, rs.getString(5), name);
          }
        }
      }
    }
    return extras;
  }

  /** {@code CHECK ((views >= 0)) NOT VALID} → {@code (views >= 0)}. */
  static String checkBody(String definition) {
    String d = definition.strip();
    if (d.endsWith(" NOT VALID")) {
      d = d.substring(0, d.length() - " NOT VALID".length());
    }
    if (d.regionMatches(true, 0, "CHECK ", 0, 6)) {
      d = d.substring(6).strip();
    }
    if (d.startsWith("(") && d.endsWith(")")) {
      d = d.substring(1, d.length() - 1);
    }
    return d;
  }
}
