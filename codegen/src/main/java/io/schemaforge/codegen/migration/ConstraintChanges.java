package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.migration.sql.DdlRenderer;
import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Dialect;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which constraints and indexes of a planning run must be dropped, added, or only renamed. A
 * constraint is re-created when its definition changes, when a column it ties together changes
 * type, or when the primary key it refers to is rebuilt; a name change alone is a rename where the
 * dialect can rename, and nothing at all on SQLite (a name is not worth a table rebuild).
 */
final class ConstraintChanges {
  private final Dialect dialect;
  private final DdlRenderer sql;
  private final Map<String, TableDiff> keptById;
  private final Set<String> typeChanged; // tableId/columnId
  private final Set<String> pkChanged;

  ConstraintChanges(
      Dialect dialect,
      DdlRenderer sql,
      Map<String, TableDiff> keptById,
      Set<String> typeChanged,
      Set<String> pkChanged) {
    this.dialect = dialect;
    this.sql = sql;
    this.keptById = keptById;
    this.typeChanged = typeChanged;
    this.pkChanged = pkChanged;
  }

  /** Whether a foreign key of the base must be dropped (gone, changed, or its columns change). */
  boolean foreignKeyMustGo(DbTable before, DbForeignKey fk) {
    TableDiff d = keptById.get(before.id());
    if (d == null) {
      return true;
    }
    DbForeignKey now = d.foreignKeysAfter().get(fk.id());
    if (now == null || !sameForeignKeyDefinition(fk, now) || forcedByColumns(d.after(), now)) {
      return true;
    }
    // A name change only: renamed in place where the dialect can, else dropped and re-added.
    // SQLite keeps constraint names in its table text only; a name alone is not worth a rebuild.
    return !fk.name().equals(now.name())
        && dialect != Dialect.SQLITE
        && !sql.canRenameConstraints();
  }

  /** Whether a foreign key of the target must be added. */
  boolean foreignKeyMustCome(DbTable after, DbForeignKey fk) {
    TableDiff d = keptById.get(after.id());
    if (d == null) {
      return true;
    }
    DbForeignKey was = d.foreignKeysBefore().get(fk.id());
    return was == null || foreignKeyMustGo(d.before(), was);
  }

  private boolean sameForeignKeyDefinition(DbForeignKey a, DbForeignKey b) {
    return a.columnIds().equals(b.columnIds())
        && a.referencedTableId().equals(b.referencedTableId())
        && a.referencedColumnIds().equals(b.referencedColumnIds())
        && a.onDelete() == b.onDelete();
  }

  // A key must be re-created when a column on either end changes type or the referenced
  // primary key is rebuilt: databases refuse to alter columns a foreign key ties together.
  private boolean forcedByColumns(DbTable table, DbForeignKey fk) {
    if (pkChanged.contains(fk.referencedTableId())) {
      return true;
    }
    for (String c : fk.columnIds()) {
      if (typeChanged.contains(table.id() + "/" + c)) {
        return true;
      }
    }
    for (String c : fk.referencedColumnIds()) {
      if (typeChanged.contains(fk.referencedTableId() + "/" + c)) {
        return true;
      }
    }
    return false;
  }

  boolean uniqueMustGo(TableDiff d, DbUnique u) {
    DbUnique now = d.uniquesAfter().get(u.id());
    if (now == null || !now.columnIds().equals(u.columnIds())) {
      return true;
    }
    boolean renamed = !now.name().equals(u.name());
    return renamed && !sql.canRenameConstraints() && !sql.canRenameIndexes();
  }

  boolean checkMustGo(TableDiff d, DbCheck ck) {
    DbCheck now = d.checksAfter().get(ck.id());
    if (now == null
        || !Objects.equals(now.expression(), ck.expression())
        || !Objects.equals(now.enumColumnId(), ck.enumColumnId())
        || !now.enumValues().equals(ck.enumValues())) {
      return true;
    }
    if (ck.isEnum() && d.after().column(ck.enumColumnId()).map(c -> c.id()).isPresent()) {
      // MySQL refuses to rename or retype a column a check uses: take the check off first.
      boolean columnTouched =
          d.keptColumns().stream()
              .anyMatch(
                  p ->
                      p.after().id().equals(ck.enumColumnId()) && (p.renamed() || p.typeChanged()));
      if (columnTouched && (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB)) {
        return true;
      }
    }
    boolean renamed = !now.name().equals(ck.name());
    return renamed && !sql.canRenameConstraints();
  }

  /** The base index an index of the target continues: same id, or same columns and kind. */
  DbIndex matchingIndex(TableDiff d, DbIndex ix) {
    DbIndex was = d.indexesBefore().get(ix.id());
    if (was != null && was.columnIds().equals(ix.columnIds()) && was.unique() == ix.unique()) {
      return was;
    }
    if (was != null) {
      return null;
    }
    for (DbIndex b : d.before().indexes()) {
      if (!d.indexesAfter().containsKey(b.id())
          && b.columnIds().equals(ix.columnIds())
          && b.unique() == ix.unique()) {
        return b;
      }
    }
    return null;
  }

  boolean indexMustGo(TableDiff d, DbIndex ix) {
    DbIndex now = d.indexesAfter().get(ix.id());
    if (now != null) {
      return !now.columnIds().equals(ix.columnIds()) || now.unique() != ix.unique();
    }
    // Kept when a target index with a new id takes it over (same columns and kind).
    for (DbIndex a : d.after().indexes()) {
      if (!d.indexesBefore().containsKey(a.id())
          && a.columnIds().equals(ix.columnIds())
          && a.unique() == ix.unique()) {
        return matchingIndex(d, a) != ix;
      }
    }
    return true;
  }
}
