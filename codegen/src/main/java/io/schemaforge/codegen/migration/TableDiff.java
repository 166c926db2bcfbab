package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed in one table that exists before and after (matched by id, so a renamed table is the
 * same table). Columns and constraints are matched by id too; the id maps are built once, as the
 * planner asks for them for every constraint of the table.
 */
public final class TableDiff {
  private final DbTable before;
  private final DbTable after;
  private final Map<String, DbForeignKey> foreignKeysBefore;
  private final Map<String, DbForeignKey> foreignKeysAfter;
  private final Map<String, DbUnique> uniquesBefore;
  private final Map<String, DbUnique> uniquesAfter;
  private final Map<String, DbIndex> indexesBefore;
  private final Map<String, DbIndex> indexesAfter;
  private final Map<String, DbCheck> checksBefore;
  private final Map<String, DbCheck> checksAfter;

  public TableDiff(DbTable before, DbTable after) {
    this.before = before;
    this.after = after;
    this.foreignKeysBefore = byId(before.foreignKeys(), DbForeignKey::id);
    this.foreignKeysAfter = byId(after.foreignKeys(), DbForeignKey::id);
    this.uniquesBefore = byId(before.uniques(), DbUnique::id);
    this.uniquesAfter = byId(after.uniques(), DbUnique::id);
    this.indexesBefore = byId(before.indexes(), DbIndex::id);
    this.indexesAfter = byId(after.indexes(), DbIndex::id);
    this.checksBefore = byId(before.checks(), DbCheck::id);
    this.checksAfter = byId(after.checks(), DbCheck::id);
  }

  public DbTable before() {
    return before;
  }

  public DbTable after() {
    return after;
  }

  /** A column present on both sides. */
  public record ColumnPair(DbColumn before, DbColumn after) {
    public boolean renamed() {
      return !before.name().equals(after.name());
    }

    /** Type, nullability, default or identity differ (not the name or the comment). */
    public boolean altered() {
      return !before.type().storage().equals(after.type().storage())
          || before.nullable() != after.nullable()
          || before.identity() != after.identity()
          || !Objects.equals(before.defaultValue(), after.defaultValue());
    }

    public boolean typeChanged() {
      return !before.type().storage().equals(after.type().storage());
    }

    public boolean commentChanged() {
      return !Objects.equals(before.comment(), after.comment());
    }
  }

  public boolean renamed() {
    return !before.name().equals(after.name());
  }

  public boolean commentChanged() {
    return !Objects.equals(before.comment(), after.comment());
  }

  public List<DbColumn> addedColumns() {
    return after.columns().stream().filter(c -> before.column(c.id()).isEmpty()).toList();
  }

  public List<DbColumn> droppedColumns() {
    return before.columns().stream().filter(c -> after.column(c.id()).isEmpty()).toList();
  }

  public List<ColumnPair> keptColumns() {
    List<ColumnPair> pairs = new ArrayList<>();
    for (DbColumn b : before.columns()) {
      after.column(b.id()).ifPresent(a -> pairs.add(new ColumnPair(b, a)));
    }
    return pairs;
  }

  /** Whether the primary key's columns differ (a different name alone is a rename). */
  public boolean primaryKeyChanged() {
    List<String> b = before.primaryKey() == null ? List.of() : before.primaryKey().columnIds();
    List<String> a = after.primaryKey() == null ? List.of() : after.primaryKey().columnIds();
    return !b.equals(a);
  }

  public boolean primaryKeyRenamed() {
    return before.primaryKey() != null
        && after.primaryKey() != null
        && !primaryKeyChanged()
        && !before.primaryKey().name().equals(after.primaryKey().name());
  }

  /** Foreign keys by id on each side. */
  public Map<String, DbForeignKey> foreignKeysBefore() {
    return foreignKeysBefore;
  }

  public Map<String, DbForeignKey> foreignKeysAfter() {
    return foreignKeysAfter;
  }

  public Map<String, DbUnique> uniquesBefore() {
    return uniquesBefore;
  }

  public Map<String, DbUnique> uniquesAfter() {
    return uniquesAfter;
  }

  public Map<String, DbIndex> indexesBefore() {
    return indexesBefore;
  }

  public Map<String, DbIndex> indexesAfter() {
    return indexesAfter;
  }

  public Map<String, DbCheck> checksBefore() {
    return checksBefore;
  }

  public Map<String, DbCheck> checksAfter() {
    return checksAfter;
  }

  private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T t : items) {
      m.put(id.apply(t), t);
    }
    return m;
  }
}
