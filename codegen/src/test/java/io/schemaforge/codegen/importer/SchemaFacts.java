package io.schemaforge.codegen.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts of a PostgreSQL schema that an import must keep, in the form of the corpus ground truth
 * ({@code facts.sh}): columns per table in order (name, type, length, precision, nullability),
 * primary keys (columns in key order) and foreign keys (child columns, parent columns, ON DELETE).
 * Constraint names, defaults and index counts are left out: they legitimately differ after an
 * export.
 *
 * @param columns table to its column lines {@code name|type|length|precision|nullable}
 * @param primaryKeys table to its key columns, {@code -} for none
 * @param foreignKeys {@code child(cols) -> parent(cols)|on delete}, sorted
 */
record SchemaFacts(
    Map<String, List<String>> columns, Map<String, String> primaryKeys, List<String> foreignKeys) {

  /** Reads the ground truth of a corpus case from the test resources. */
  static SchemaFacts groundTruth(String name) throws IOException {
    Map<String, List<String>> columns = new TreeMap<>();
    for (String line : resource(name + ".columns.tsv").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      columns
          .computeIfAbsent(f[0], k -> new ArrayList<>())
          .add(column(f[2], f[3], f[4], f[5], f[6]));
    }
    Map<String, String> pks = new TreeMap<>();
    List<String> fks = new ArrayList<>();
    String section = "";
    for (String line : resource(name + ".txt").split("\n")) {
      if (line.startsWith("## table | columns | pk")) {
        section = "tables";
      } else if (line.startsWith("## FK list")) {
        section = "fks";
      } else if (line.startsWith("##") || line.isBlank()) {
        section = line.startsWith("##") ? "" : section;
      } else if (section.equals("tables")) {
        String[] f = line.split("\\|");
        pks.put(f[0], f[2]);
      } else if (section.equals("fks")) {
        String[] f = line.split("\\|");
        fks.add(f[1] + "|" + f[2]);
      }
    }
    fks.sort(null);
    return new SchemaFacts(columns, pks, fks);
  }

  /** Reads the same facts from a live PostgreSQL database (schema {@code public}). */
  static SchemaFacts read(Connection c) throws SQLException {
    Map<String, List<String>> columns = new TreeMap<>();
    Map<String, String> pks = new TreeMap<>();
    List<String> fks = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "select c.table_name, c.column_name, c.data_type, c.character_maximum_length,"
                  + " c.numeric_precision, c.is_nullable from information_schema.columns c join"
                  + " information_schema.tables t using (table_schema, table_name) where"
                  + " table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name <>"
                  + " 'flyway_schema_history' order by c.table_name, c.ordinal_position")) {
        while (rs.next()) {
          columns
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  column(
                      rs.getString(2),
                      rs.getString(3),
                      nullToEmpty(rs.getString(4)),
                      nullToEmpty(rs.getString(5)),
                      rs.getString(6)));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select t.relname, coalesce((select string_agg(a.attname, ',' order by k.ord) from"
                  + " pg_constraint c cross join lateral unnest(c.conkey) with ordinality"
                  + " k(att,ord) join pg_attribute a on a.attrelid=c.conrelid and a.attnum=k.att"
                  + " where c.conrelid=t.oid and c.contype='p'),'-') from pg_class t join"
                  + " pg_namespace n on n.oid=t.relnamespace where n.nspname='public' and"
                  + " t.relkind in ('r','p') and t.relname <> 'flyway_schema_history'")) {
        while (rs.next()) {
          pks.put(rs.getString(1), rs.getString(2));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select cl.relname||'('||(select string_agg(a.attname, ',' order by k.ord) from"
                  + " unnest(c.conkey) with ordinality k(att,ord) join pg_attribute a on"
                  + " a.attrelid=c.conrelid and a.attnum=k.att)||') -> '||pl.relname||'('||(select"
                  + " string_agg(a.attname, ',' order by k.ord) from unnest(c.confkey) with"
                  + " ordinality k(att,ord) join pg_attribute a on a.attrelid=c.confrelid and"
                  + " a.attnum=k.att)||')', case c.confdeltype when 'a' then 'NO ACTION' when 'r'"
                  + " then 'RESTRICT' when 'c' then 'CASCADE' when 'n' then 'SET NULL' when 'd'"
                  + " then 'SET DEFAULT' end from pg_constraint c join pg_class cl on"
                  + " cl.oid=c.conrelid join pg_class pl on pl.oid=c.confrelid join pg_namespace"
                  + " n on n.oid=c.connamespace where n.nspname='public' and c.contype='f'")) {
        while (rs.next()) {
          fks.add(rs.getString(1) + "|" + rs.getString(2));
        }
      }
    }
    fks.sort(null);
    return new SchemaFacts(columns, pks, fks);
  }

  /**
   * The same facts with fixed-length {@code character(n)} read as {@code character varying(n)}: the
   * model has no fixed-length string type, so an import exports those columns as varchar of the
   * same length. This is the one known, deliberate difference.
   */
  SchemaFacts withCharAsVarchar() {
    Map<String, List<String>> c = new TreeMap<>();
    columns.forEach(
        (t, cols) ->
            c.put(
                t,
                cols.stream().map(l -> l.replace("|character|", "|character varying|")).toList()));
    return new SchemaFacts(c, primaryKeys, foreignKeys);
  }

  private static String column(
      String name, String type, String length, String precision, String nullable) {
    return name + "|" + type + "|" + length + "|" + precision + "|" + nullable;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SchemaFacts.class.getResourceAsStream("/corpus/ground-truth/" + name)) {
      if (in == null) {
        throw new IOException("no ground truth /corpus/ground-truth/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
