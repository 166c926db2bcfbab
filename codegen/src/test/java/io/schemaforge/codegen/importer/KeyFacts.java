package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
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
 * The facts of the MariaDB ground truth ({@code facts_my.sh}): columns per table, primary keys in
 * key order and foreign keys with their ON DELETE action. Table and column names as the engine
 * keeps them (MariaDB keeps their case; PostgreSQL folds unquoted names), so callers compare
 * through {@link #lowerCase()} when the engines differ.
 *
 * @param columnCounts table to its number of columns
 * @param primaryKeys table to its key columns joined by commas, {@code -} for none
 * @param foreignKeys {@code child(cols) -> parent(cols)|on delete}, sorted
 */
record KeyFacts(
    Map<String, Integer> columnCounts, Map<String, String> primaryKeys, List<String> foreignKeys) {

  /** The facts of a {@code *.txt} ground truth in the test resources. */
  static KeyFacts groundTruth(String name) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> pks = new TreeMap<>();
    List<String> fks = new ArrayList<>();
    String section = "";
    for (String line : resource(name + ".txt").split("\n")) {
      if (line.startsWith("## table | columns | pk")) {
        section = "tables";
      } else if (line.startsWith("## FK list")) {
        section = "fks";
      } else if (line.startsWith("##")) {
        section = "";
      } else if (!line.isBlank() && section.equals("tables")) {
        String[] f = line.split("\\|");
        counts.put(f[0], Integer.parseInt(f[1]));
        pks.put(f[0], f[2]);
      } else if (!line.isBlank() && section.equals("fks")) {
        String[] f = line.split("\\|");
        fks.add(f[1] + "|" + f[2]);
      }
    }
    fks.sort(null);
    return new KeyFacts(counts, pks, fks);
  }

  /** The same facts from the current database of a MariaDB / MySQL connection. */
  static KeyFacts readMariadb(Connection c) throws SQLException {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> pks = new TreeMap<>();
    List<String> fks = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "select t.table_name, (select count(*) from information_schema.columns c where"
                  + " c.table_schema=t.table_schema and c.table_name=t.table_name),"
                  + " coalesce((select group_concat(k.column_name order by k.ordinal_position) from"
                  + " information_schema.key_column_usage k where k.table_schema=t.table_schema and"
                  + " k.table_name=t.table_name and k.constraint_name='PRIMARY'),'-') from"
                  + " information_schema.tables t where t.table_schema=database() and"
                  + " t.table_type='BASE TABLE' and t.table_name <> 'flyway_schema_history'")) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
          pks.put(rs.getString(1), rs.getString(3));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select concat(k.table_name,'(',group_concat(k.column_name order by"
                  + " k.ordinal_position),') -> ',k.referenced_table_name,'(',group_concat("
                  + "k.referenced_column_name order by k.ordinal_position),')'), r.delete_rule from"
                  + " information_schema.key_column_usage k join"
                  + " information_schema.referential_constraints r on"
                  + " r.constraint_schema=k.constraint_schema and"
                  + " r.constraint_name=k.constraint_name and r.table_name=k.table_name where"
                  + " k.table_schema=database() and k.referenced_table_name is not null group by"
                  + " k.table_name, k.constraint_name, k.referenced_table_name, r.delete_rule")) {
        while (rs.next()) {
          fks.add(rs.getString(1) + "|" + rs.getString(2));
        }
      }
    }
    fks.sort(null);
    return new KeyFacts(counts, pks, fks);
  }

  /** The facts of a PostgreSQL database, from the corpus test's own reading of it. */
  static KeyFacts of(SchemaFacts pg) {
    Map<String, Integer> counts = new TreeMap<>();
    pg.columns().forEach((t, cols) -> counts.put(t, cols.size()));
    return new KeyFacts(counts, new TreeMap<>(pg.primaryKeys()), pg.foreignKeys());
  }

  /** The facts of a catalog as the importer read it. */
  static KeyFacts of(DbSchema schema) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> pks = new TreeMap<>();
    List<String> fks = new ArrayList<>();
    for (DbTable t : schema.tables()) {
      counts.put(t.name(), t.columns().size());
      pks.put(
          t.name(),
          t.primaryKey() == null
              ? "-"
              : String.join(",", t.columnNames(t.primaryKey().columnIds())));
      for (DbForeignKey fk : t.foreignKeys()) {
        DbTable parent = schema.table(fk.referencedTableId()).orElseThrow();
        fks.add(
            t.name()
                + "("
                + String.join(",", t.columnNames(fk.columnIds()))
                + ") -> "
                + parent.name()
                + "("
                + String.join(
                    ",",
                    fk.referencedColumnIds().stream()
                        .map(id -> parent.column(id).map(DbColumn::name).orElse(id))
                        .toList())
                + ")|"
                + fk.onDelete().name().replace('_', ' '));
      }
    }
    fks.sort(null);
    return new KeyFacts(counts, pks, fks);
  }

  /** Names folded to lower case, for comparing across engines that keep case differently. */
  KeyFacts lowerCase() {
    Map<String, Integer> counts = new TreeMap<>();
    columnCounts.forEach((t, n) -> counts.put(lower(t), n));
    Map<String, String> pks = new TreeMap<>();
    primaryKeys.forEach((t, k) -> pks.put(lower(t), lower(k)));
    List<String> fks = new ArrayList<>(foreignKeys.stream().map(KeyFacts::lower).toList());
    fks.sort(null);
    return new KeyFacts(counts, pks, fks);
  }

  /** The keys of these tables as sorted column sets (their order legitimately differs). */
  KeyFacts withKeysAsSets(java.util.Set<String> tables) {
    Map<String, String> pks = new TreeMap<>(primaryKeys);
    for (String t : tables) {
      pks.computeIfPresent(
          t, (k, v) -> String.join(",", java.util.Arrays.stream(v.split(",")).sorted().toList()));
    }
    return new KeyFacts(columnCounts, pks, foreignKeys);
  }

  /** Foreign keys without their ON DELETE action, for a source that cannot know it. */
  List<String> foreignKeysWithoutActions() {
    return foreignKeys.stream().map(f -> f.substring(0, f.lastIndexOf('|'))).sorted().toList();
  }

  private static String lower(String s) {
    // the ON DELETE action after the last '|' keeps its case
    int bar = s.lastIndexOf('|');
    return bar < 0
        ? s.toLowerCase(java.util.Locale.ROOT)
        : s.substring(0, bar).toLowerCase(java.util.Locale.ROOT) + s.substring(bar);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = KeyFacts.class.getResourceAsStream("/corpus/ground-truth/" + name)) {
      if (in == null) {
        throw new IOException("no ground truth /corpus/ground-truth/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
