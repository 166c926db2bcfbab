package io.schemaforge.codegen.catalog;

import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.OnDelete;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Compares one table's keys, indexes and checks for {@link CatalogComparison}. */
final class KeyComparison {
  private final DbTable expected;
  private final DbTable actual;
  private final Dialect dialect;
  private final List<CatalogDifference> out;
  private final String t;
  // Referenced tables are looked up in the whole schema.
  private final DbSchema expectedSchema;
  private final DbSchema actualSchema;

  KeyComparison(
      DbSchema expectedSchema,
      DbSchema actualSchema,
      DbTable expected,
      DbTable actual,
      Dialect dialect,
      List<CatalogDifference> out) {
    this.expectedSchema = expectedSchema;
    this.actualSchema = actualSchema;
    this.expected = expected;
    this.actual = actual;
    this.dialect = dialect;
    this.out = out;
    this.t = expected.name();
  }

  void compare() {
    primaryKey();
    foreignKeys();
    uniques();
    indexes();
    checks();
  }

  private boolean isMysql() {
    return dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
  }

  private void add(String element, String message) {
    out.add(new CatalogDifference(t, element, "table " + t + ": " + message));
  }

  private void primaryKey() {
    DbPrimaryKey e = expected.primaryKey();
    DbPrimaryKey a = actual.primaryKey();
    if (e == null && a == null) {
      return;
    }
    if (e == null) {
      add("primary key", "unexpected primary key " + cols(actual, a.columnIds()));
    } else if (a == null) {
      add("primary key", "missing primary key " + cols(expected, e.columnIds()));
    } else {
      String ec = cols(expected, e.columnIds());
      String ac = cols(actual, a.columnIds());
      if (!ec.equalsIgnoreCase(ac)) {
        add("primary key", "primary key is " + ac + ", the model says " + ec);
      }
      // MySQL always names it PRIMARY; SQLite forgets the name of an inline key.
      boolean namesKept = !isMysql() && dialect != Dialect.SQLITE;
      if (namesKept && !sameName(e.name(), a.name())) {
        add("primary key", "primary key is named " + a.name() + ", the model says " + e.name());
      }
    }
  }

  private void foreignKeys() {
    Map<String, DbForeignKey> actualByColumns = new LinkedHashMap<>();
    actual.foreignKeys().forEach(fk -> actualByColumns.put(key(actual, fk.columnIds()), fk));
    for (DbForeignKey e : expected.foreignKeys()) {
      DbForeignKey a = actualByColumns.remove(key(expected, e.columnIds()));
      String element = "foreign key " + e.name();
      if (a == null) {
        add(element, "missing foreign key " + e.name() + " " + describe(expected, e, true));
        continue;
      }
      String er = reference(e, true);
      String ar = reference(a, false);
      if (!er.equalsIgnoreCase(ar)) {
        add(element, "foreign key " + e.name() + ": references " + ar + ", the model says " + er);
      }
      if (!sameOnDelete(e.onDelete(), a.onDelete())) {
        add(
            element,
            "foreign key "
                + e.name()
                + ": ON DELETE is "
                + words(a.onDelete())
                + ", the model says "
                + words(e.onDelete()));
      }
      if (a.name() != null && !sameName(e.name(), a.name())) {
        add(element, "foreign key " + e.name() + " is named " + a.name() + " in the database");
      }
    }
    for (DbForeignKey a : actualByColumns.values()) {
      add(
          "foreign key " + a.name(),
          "unexpected foreign key " + a.name() + " " + describe(actual, a, false));
    }
  }

  private boolean sameOnDelete(OnDelete e, OnDelete a) {
    if (e == a) {
      return true;
    }
    // InnoDB has no deferred checks: NO ACTION is RESTRICT, and either may be reported.
    boolean bothStrict =
        (e == OnDelete.NO_ACTION || e == OnDelete.RESTRICT)
            && (a == OnDelete.NO_ACTION || a == OnDelete.RESTRICT);
    return bothStrict && isMysql();
  }

  private static String words(OnDelete od) {
    return od.name().replace('_', ' ');
  }

  private String describe(DbTable table, DbForeignKey fk, boolean isExpected) {
    return cols(table, fk.columnIds()) + " → " + reference(fk, isExpected);
  }

  /** {@code user (id)}: the referenced table and columns, by name. */
  private String reference(DbForeignKey fk, boolean isExpected) {
    return referenceIn(fk, isExpected ? expectedSchema : actualSchema);
  }

  private static String referenceIn(DbForeignKey fk, DbSchema schema) {
    DbTable ref = schema.table(fk.referencedTableId()).orElse(null);
    if (ref == null) {
      return fk.referencedTableId() + " " + String.join(", ", fk.referencedColumnIds());
    }
    return ref.name() + " " + cols(ref, fk.referencedColumnIds());
  }

  private void uniques() {
    // "Unique over these columns" is one fact whether a constraint or a unique index states it.
    Map<String, String> e = uniqueSets(expected);
    Map<String, String> a = uniqueSets(actual);
    for (Map.Entry<String, String> x : e.entrySet()) {
      String actualName = a.remove(x.getKey());
      String columns = "(" + x.getKey() + ")";
      if (actualName == null) {
        add("unique " + x.getValue(), "missing unique constraint " + x.getValue() + " " + columns);
      } else if (namesKept(actualName) && !sameName(x.getValue(), actualName)) {
        add(
            "unique " + x.getValue(),
            "unique constraint on "
                + columns
                + " is named "
                + actualName
                + ", the model says "
                + x.getValue());
      }
    }
    a.forEach(
        (columns, name) ->
            add("unique " + name, "unexpected unique constraint " + name + " (" + columns + ")"));
  }

  private static Map<String, String> uniqueSets(DbTable table) {
    Map<String, String> sets = new LinkedHashMap<>();
    table.uniques().forEach(u -> sets.put(key(table, u.columnIds()), u.name()));
    table.indexes().stream()
        .filter(DbIndex::unique)
        .forEach(i -> sets.putIfAbsent(key(table, i.columnIds()), i.name()));
    return sets;
  }

  private void indexes() {
    Map<String, DbIndex> a = new LinkedHashMap<>();
    actual.indexes().stream()
        .filter(i -> !i.unique())
        .forEach(i -> a.put(key(actual, i.columnIds()), i));
    for (DbIndex e : expected.indexes()) {
      if (e.unique()) {
        continue; // compared with the unique constraints
      }
      String columns = "(" + key(expected, e.columnIds()) + ")";
      DbIndex found = a.remove(key(expected, e.columnIds()));
      if (found == null) {
        add("index " + e.name(), "missing index " + e.name() + " " + columns);
      } else if (namesKept(found.name()) && !sameName(e.name(), found.name())) {
        add(
            "index " + e.name(),
            "index on " + columns + " is named " + found.name() + ", the model says " + e.name());
      }
    }
    a.values()
        .forEach(
            i ->
                add(
                    "index " + i.name(),
                    "unexpected index " + i.name() + " (" + key(actual, i.columnIds()) + ")"));
  }

  /** SQLite names the index of a UNIQUE constraint itself; that name means nothing. */
  private boolean namesKept(String actualName) {
    return actualName != null
        && !(dialect == Dialect.SQLITE && actualName.startsWith("sqlite_autoindex_"));
  }

  private void checks() {
    List<DbCheck> a = new ArrayList<>(actual.checks());
    for (DbCheck e : expected.checks()) {
      DbCheck found = findCheck(e, a);
      String element = "check " + e.name();
      if (found == null) {
        add(element, "missing check constraint " + e.name());
        continue;
      }
      a.remove(found);
      if (e.isEnum() && found.isEnum() && !e.enumValues().equals(found.enumValues())) {
        add(
            element,
            "check "
                + e.name()
                + " allows "
                + found.enumValues()
                + ", the model says "
                + e.enumValues());
      }
    }
    a.forEach(
        ck ->
            add(
                "check " + ck.name(),
                "unexpected check constraint "
                    + (ck.name() != null ? ck.name() : "(" + ck.expression() + ")")));
  }

  /** By name; an unnamed check (SQLite) matches an enum check on the same column, or any. */
  private DbCheck findCheck(DbCheck e, List<DbCheck> candidates) {
    for (DbCheck c : candidates) {
      if (c.name() != null && sameName(c.name(), e.name())) {
        return c;
      }
    }
    for (DbCheck c : candidates) {
      if (c.name() == null
          && c.isEnum() == e.isEnum()
          && (!e.isEnum()
              || columnName(expected, e.enumColumnId())
                  .equalsIgnoreCase(columnName(actual, c.enumColumnId())))) {
        return c;
      }
    }
    return null;
  }

  private static String columnName(DbTable table, String columnId) {
    return table.columnNames(List.of(columnId)).get(0);
  }

  private static boolean sameName(String a, String b) {
    return Objects.equals(
        a == null ? null : a.toLowerCase(Locale.ROOT),
        b == null ? null : b.toLowerCase(Locale.ROOT));
  }

  /** Column names of ids, lower case, comma separated: what constraints are matched by. */
  private static String key(DbTable table, List<String> columnIds) {
    return String.join(", ", table.columnNames(columnIds)).toLowerCase(Locale.ROOT);
  }

  private static String cols(DbTable table, List<String> columnIds) {
    return "(" + String.join(", ", table.columnNames(columnIds)) + ")";
  }
}
