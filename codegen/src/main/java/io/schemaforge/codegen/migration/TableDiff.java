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
 * same table). Columns and constraints are matched by id too.
 */
public record TableDiff(DbTable before, DbTable after) {

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
    return byId(before.foreignKeys(), DbForeignKey::id);
  }

  public Map<String, DbForeignKey> foreignKeysAfter() {
    return byId(after.foreignKeys(), DbForeignKey::id);
  }

  public Map<String, DbUnique> uniquesBefore() {
    return byId(before.uniques(), DbUnique::id);
  }

  public Map<String, DbUnique> uniquesAfter() {
    return byId(after.uniques(), DbUnique::id);
  }

  public Map<String, DbIndex> indexesBefore() {
    return byId(before.indexes(), DbIndex::id);
  }

  public Map<String, DbIndex> indexesAfter() {
    return byId(after.indexes(), DbIndex::id);
  }

  public Map<String, DbCheck> checksBefore() {
    return byId(before.checks(), DbCheck::id);
  }

  public Map<String, DbCheck> checksAfter() {
    return byId(after.checks(), DbCheck::id);
  }

  private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T t : items) {
      m.put(id.apply(t), t);
    }
    return m;
  }
}
