package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.migration.TableDiff.ColumnPair;
import io.schemaforge.codegen.migration.sql.DdlRenderer;
import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * SQLite cannot add or drop constraints or change a column, so such a change rebuilds the table
 * with the procedure of SQLite's documentation ("Making Other Kinds Of Table Schema Changes"):
 * create the new table under a temporary name, copy the rows, drop the old table, rename the new
 * one, and re-create its indexes. Renames of the table and its columns have already run, so the
 * copy matches columns by their new names. Foreign-key enforcement must be off while it runs
 * (SQLite's default; Flyway runs the script in a transaction, where the pragma cannot change).
 */
final class SqliteRebuild {
  /** Summaries of rebuild statements start with this; the script frames such migrations. */
  static final String SUMMARY_PREFIX = "rebuild table ";

  private final DdlRenderer sql;
  private final DbSchema target;

  SqliteRebuild(DdlRenderer sql, DbSchema target) {
    this.sql = sql;
    this.target = target;
  }

  /** Whether a change to this table is beyond SQLite's ALTER TABLE. */
  static boolean needed(
      TableDiff d,
      BiPredicate<DbTable, DbForeignKey> foreignKeyMustGo,
      BiPredicate<DbTable, DbForeignKey> foreignKeyMustCome) {
    if (d.primaryKeyChanged()
        || d.droppedColumns().stream().anyMatch(c -> !droppableInPlace(d.before(), c))) {
      return true;
    }
    if (d.keptColumns().stream().anyMatch(ColumnPair::altered)) {
      return true;
    }
    if (d.before().foreignKeys().stream().anyMatch(fk -> foreignKeyMustGo.test(d.before(), fk))
        || d.after().foreignKeys().stream()
            .anyMatch(fk -> foreignKeyMustCome.test(d.after(), fk))) {
      return true;
    }
    if (!columnSets(d.before().uniques()).equals(columnSets(d.after().uniques()))) {
      return true;
    }
    if (!checkBodies(d.before().checks()).equals(checkBodies(d.after().checks()))) {
      return true;
    }
    return d.addedColumns().stream().anyMatch(c -> !addableInPlace(d.after(), c));
  }

  // ALTER TABLE DROP COLUMN (SQLite 3.35+) refuses a column that a key, index or check uses.
  private static boolean droppableInPlace(DbTable t, DbColumn c) {
    return !(t.primaryKey() != null && t.primaryKey().columnIds().contains(c.id())
        || t.uniques().stream().anyMatch(u -> u.columnIds().contains(c.id()))
        || t.indexes().stream().anyMatch(i -> i.columnIds().contains(c.id()))
        || t.foreignKeys().stream().anyMatch(fk -> fk.columnIds().contains(c.id()))
        || t.checks().stream()
            .anyMatch(ck -> ck.expression() != null || c.id().equals(ck.enumColumnId())));
  }

  // ALTER TABLE ADD COLUMN takes neither a constraint nor a NOT NULL without a constant default.
  private static boolean addableInPlace(DbTable t, DbColumn c) {
    if (!c.nullable() && c.defaultValue() == null) {
      return false;
    }
    if (c.defaultValue() != null && c.defaultValue().contains("(")
        || c.defaultValue() != null
            && c.defaultValue().toUpperCase(Locale.ROOT).startsWith("CURRENT_")) {
      return false;
    }
    boolean constrained =
        t.uniques().stream().anyMatch(u -> u.columnIds().contains(c.id()))
            || t.foreignKeys().stream().anyMatch(fk -> fk.columnIds().contains(c.id()))
            || t.checks().stream().anyMatch(ck -> c.id().equals(ck.enumColumnId()))
            || t.primaryKey() != null && t.primaryKey().columnIds().contains(c.id());
    return !constrained;
  }

  private static Map<String, List<String>> columnSets(List<DbUnique> uniques) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    uniques.forEach(u -> m.put(u.id(), u.columnIds()));
    return m;
  }

  private static Map<String, String> checkBodies(List<DbCheck> checks) {
    Map<String, String> m = new LinkedHashMap<>();
    checks.forEach(
        ck ->
            m.put(
                ck.id(), Objects.toString(ck.expression()) + ck.enumColumnId() + ck.enumValues()));
    return m;
  }

  List<MigrationStatement> statements(TableDiff d) {
    DbTable after = d.after();
    String name = after.name();
    String temporary = "new_" + name;
    Risk risk = risk(d);
    String why = SUMMARY_PREFIX + name + " (SQLite cannot alter it in place; rows are copied)";
    List<MigrationStatement> out = new ArrayList<>();
    out.add(
        new MigrationStatement(
            risk,
            why + reasons(d),
            sql.createTable(after.withName(temporary), target, after.foreignKeys())));
    List<String> copied = new ArrayList<>();
    for (ColumnPair p : d.keptColumns()) {
      copied.add(p.after().name());
    }
    out.add(
        new MigrationStatement(
            risk,
            "copy the rows of " + name,
            sql.copyRows(name, temporary, copied, valueRenames(d))));
    out.add(
        new MigrationStatement(
            risk, "replace " + name + " by its rebuilt copy", sql.dropTable(name)));
    out.add(
        new MigrationStatement(
            Risk.SAFE, "rename " + temporary + " to " + name, sql.renameTable(temporary, name)));
    for (DbIndex ix : after.indexes()) {
      out.add(
          new MigrationStatement(
              Risk.SAFE, "create index " + ix.name() + " on " + name, sql.createIndex(after, ix)));
    }
    return out;
  }

  private static Map<String, List<String[]>> valueRenames(TableDiff d) {
    Map<String, List<String[]>> m = new LinkedHashMap<>();
    for (DbCheck ck : d.after().checks()) {
      DbCheck was = d.checksBefore().get(ck.id());
      if (was != null && was.isEnum() && ck.isEnum()) {
        List<String[]> renames = EnumValueChanges.renames(was.enumValues(), ck.enumValues());
        if (!renames.isEmpty()) {
          d.after().column(ck.enumColumnId()).ifPresent(c -> m.put(c.name(), renames));
        }
      }
    }
    return m;
  }

  private static Risk risk(TableDiff d) {
    if (!d.droppedColumns().isEmpty()) {
      return Risk.DANGER;
    }
    for (ColumnPair p : d.keptColumns()) {
      if (p.typeChanged() && !TypeChanges.isWidening(p.before().type(), p.after().type())) {
        return Risk.DANGER;
      }
      if (p.before().nullable() && !p.after().nullable() && p.after().defaultValue() == null) {
        return Risk.DANGER;
      }
    }
    for (DbColumn c : d.addedColumns()) {
      if (!c.nullable() && c.defaultValue() == null && !c.identity()) {
        return Risk.DANGER;
      }
    }
    for (DbCheck ck : d.after().checks()) {
      DbCheck was = d.checksBefore().get(ck.id());
      if (was != null
          && was.isEnum()
          && !EnumValueChanges.removed(was.enumValues(), ck.enumValues()).isEmpty()) {
        return Risk.DANGER;
      }
    }
    return Risk.CAUTION;
  }

  private static String reasons(TableDiff d) {
    List<String> r = new ArrayList<>();
    d.droppedColumns().forEach(c -> r.add("drops column " + c.name() + " and its data"));
    d.keptColumns().stream()
        .filter(ColumnPair::altered)
        .forEach(p -> r.add("changes column " + p.after().name()));
    return r.isEmpty() ? "" : ": " + String.join(", ", r);
  }
}
