package io.schemaforge.codegen.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite. Check constraints and constraint names exist only in the {@code CREATE TABLE} text, read
 * from {@code sqlite_master} with {@link SqliteTableParser}. {@code PRAGMA index_list} tells which
 * index backs a UNIQUE constraint ({@code origin = 'u'}, named {@code sqlite_autoindex_<table>_N})
 * or the primary key ({@code origin = 'pk'}, hidden).
 */
final class SqliteCatalog implements DialectCatalog {
  @Override
  public CatalogExtras read(Connection c, CatalogScope scope, List<String> tables)
      throws SQLException {
    CatalogExtras extras = new CatalogExtras();
    for (String table : tables) {
      SqliteTableParser.Parsed parsed = SqliteTableParser.parse(createSql(c, table));
      if (parsed.primaryKeyName() != null) {
        extras.primaryKeyName(table, parsed.primaryKeyName());
      }
      parsed.checks().forEach(ck -> extras.addCheck(table, ck.name(), ck.expression()));
      readIndexOrigins(c, table, parsed.uniques(), extras);
    }
    return extras;
  }

  private static String createSql(Connection c, String table) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
      }
    }
  }

  private static void readIndexOrigins(
      Connection c, String table, List<SqliteTableParser.Unique> uniques, CatalogExtras extras)
      throws SQLException {
    List<String[]> indexes = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA index_list(" + quote(table) + ")")) {
      while (rs.next()) {
        indexes.add(new String[] {rs.getString("name"), rs.getString("origin")});
      }
    }
    for (String[] ix : indexes) {
      if ("pk".equals(ix[1])) {
        extras.hideIndex(table, ix[0]);
      } else if ("u".equals(ix[1])) {
        List<String> columns = indexColumns(c, ix[0]);
        String name =
            uniques.stream()
                .filter(u -> sameColumns(u.columns(), columns) && u.name() != null)
                .map(SqliteTableParser.Unique::name)
                .findFirst()
                .orElse(ix[0]);
        extras.uniqueConstraint(table, ix[0], name);
      }
    }
  }

  private static List<String> indexColumns(Connection c, String index) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA index_info(" + quote(index) + ")")) {
      while (rs.next()) {
        columns.add(rs.getString("name"));
      }
    }
    return columns;
  }

  private static boolean sameColumns(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equalsIgnoreCase(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
