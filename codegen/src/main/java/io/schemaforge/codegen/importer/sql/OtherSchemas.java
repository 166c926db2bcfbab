package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Scripts that create tables in schemas besides the default one: the catalog reader reads one
 * schema, so the others are named in a warning instead of vanishing silently.
 */
final class OtherSchemas {
  private OtherSchemas() {}

  static List<ImportFinding> tablesOutside(Connection c, Dialect engine) throws SQLException {
    if (engine != Dialect.POSTGRES && engine != Dialect.H2) {
      return List.of(); // MySQL's schemas are databases (CREATE SCHEMA is not run); SQLite has one
    }
    String sql =
        "select table_schema, count(*) from information_schema.tables"
            + " where table_type in ('BASE TABLE', 'TABLE') and table_schema <> ?"
            + " and lower(table_schema) not in ('pg_catalog', 'information_schema')"
            + " group by table_schema order by table_schema";
    List<ImportFinding> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, c.getSchema());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ImportFinding(
                  Severity.WARNING,
                  null,
                  0,
                  rs.getString(1),
                  rs.getInt(2)
                      + " table(s) in schema "
                      + rs.getString(1)
                      + " are not imported: only the default schema "
                      + c.getSchema()
                      + " is read"));
        }
      }
    }
    return out;
  }
}
