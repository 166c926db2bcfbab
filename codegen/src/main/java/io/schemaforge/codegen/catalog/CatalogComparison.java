package io.schemaforge.codegen.catalog;

import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the schema a model should produce with a catalog read back from a database, by name
 * (case-insensitively, as ids differ: the model's versus {@code name:...}), and says every
 * difference in a sentence. It compares only what the dialect can represent and report:
 *
 * <ul>
 *   <li>types through {@link DialectTypeNames} (SQLite: affinity only; MySQL/MariaDB: TIMESTAMP and
 *       TIMESTAMPTZ alike; enums as the string they are stored as);
 *   <li>nullability, identity, whether there is a default (not its text, which every engine
 *       rewrites), comments (not on SQLite, which has none);
 *   <li>primary key columns, and its name except on MySQL/MariaDB (always {@code PRIMARY}) and
 *       SQLite (an inline key's name is not kept);
 *   <li>foreign keys by their columns: referenced table and columns, ON DELETE (NO ACTION and
 *       RESTRICT are one on MySQL/MariaDB), name;
 *   <li>uniqueness by column set, whether a unique constraint or a unique index; indexes by
 *       columns; names where the database keeps them;
 *   <li>check constraints by name, and the values of enum checks.
 * </ul>
 */
public final class CatalogComparison {

  /** Every difference between the expected schema and the actual one; empty when they agree. */
  public List<CatalogDifference> compare(DbSchema expected, DbSchema actual, Dialect dialect) {
    List<CatalogDifference> out = new ArrayList<>();
    for (DbTable e : expected.tables()) {
      DbTable a = actual.tableNamed(e.name()).orElse(null);
      if (a == null) {
        out.add(new CatalogDifference(e.name(), "table", "missing table " + e.name()));
        continue;
      }
      compareTable(expected, actual, e, a, dialect, out);
    }
    for (DbTable a : actual.tables()) {
      if (expected.tableNamed(a.name()).isEmpty()) {
        out.add(new CatalogDifference(a.name(), "table", "unexpected table " + a.name()));
      }
    }
    return out;
  }

  private static void compareTable(
      DbSchema expected,
      DbSchema actual,
      DbTable e,
      DbTable a,
      Dialect dialect,
      List<CatalogDifference> out) {
    String t = e.name();
    if (dialect != Dialect.SQLITE && !sameText(e.comment(), a.comment())) {
      out.add(
          new CatalogDifference(
              t,
              "comment",
              "table "
                  + t
                  + ": comment is "
                  + quoted(a.comment())
                  + ", the model says "
                  + quoted(e.comment())));
    }
    for (DbColumn ec : e.columns()) {
      DbColumn ac = a.columnNamed(ec.name()).orElse(null);
      if (ac == null) {
        out.add(
            new CatalogDifference(
                t, "column " + ec.name(), "missing column " + t + "." + ec.name()));
      } else {
        compareColumn(t, ec, ac, dialect, out);
      }
    }
    for (DbColumn ac : a.columns()) {
      if (e.columnNamed(ac.name()).isEmpty()) {
        out.add(
            new CatalogDifference(
                t, "column " + ac.name(), "unexpected column " + t + "." + ac.name()));
      }
    }
    new KeyComparison(expected, actual, e, a, dialect, out).compare();
  }

  private static void compareColumn(
      String t, DbColumn e, DbColumn a, Dialect dialect, List<CatalogDifference> out) {
    String element = "column " + e.name();
    String prefix = "table " + t + ": column " + e.name();
    String et = DialectTypeNames.of(dialect, e.type());
    String at = DialectTypeNames.of(dialect, a.type());
    if (!et.equals(at)) {
      out.add(new CatalogDifference(t, element, prefix + " is " + at + ", the model says " + et));
    }
    if (e.nullable() != a.nullable()) {
      out.add(
          new CatalogDifference(
              t, element, prefix + " is " + nullability(a) + ", the model says " + nullability(e)));
    }
    if (e.identity() != a.identity()) {
      out.add(
          new CatalogDifference(
              t,
              element,
              prefix
                  + (a.identity() ? " is" : " is not")
                  + " an identity column, the model says"
                  + (e.identity() ? " it is" : " it is not")));
    }
    // Only presence: every engine rewrites default text ('x'::character varying, TRUE, 1, ...).
    if (!e.identity() && (e.defaultValue() == null) != (a.defaultValue() == null)) {
      out.add(
          new CatalogDifference(
              t,
              element,
              prefix
                  + (a.defaultValue() == null
                      ? " has no default"
                      : " has default " + a.defaultValue())
                  + ", the model says "
                  + (e.defaultValue() == null ? "none" : e.defaultValue())));
    }
    if (dialect != Dialect.SQLITE && !sameText(e.comment(), a.comment())) {
      out.add(
          new CatalogDifference(
              t,
              element,
              prefix
                  + ": comment is "
                  + quoted(a.comment())
                  + ", the model says "
                  + quoted(e.comment())));
    }
  }

  private static String nullability(DbColumn c) {
    return c.nullable() ? "nullable" : "NOT NULL";
  }

  /** Comments compare with null and blank alike. */
  static boolean sameText(String a, String b) {
    String x = a == null || a.isBlank() ? null : a.strip();
    String y = b == null || b.isBlank() ? null : b.strip();
    return Objects.equals(x, y);
  }

  static String quoted(String s) {
    return s == null || s.isBlank() ? "none" : "'" + s + "'";
  }
}
