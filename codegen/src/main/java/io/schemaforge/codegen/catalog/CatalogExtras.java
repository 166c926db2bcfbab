package io.schemaforge.codegen.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a dialect's own catalog says that {@link java.sql.DatabaseMetaData} does not: check
 * constraints, which unique indexes back a unique constraint, which indexes the engine made by
 * itself, and a few per-dialect facts. Keys are table, index and column names exactly as the
 * database reports them.
 */
final class CatalogExtras {
  /** A check constraint as read: its name (null when unnamed) and expression text. */
  record RawCheck(String name, String expression) {}

  private final Map<String, List<RawCheck>> checks = new HashMap<>();
  private final Map<String, Map<String, String>> uniqueConstraints = new HashMap<>();
  private final Map<String, Set<String>> hiddenIndexes = new HashMap<>();
  private final Map<String, String> primaryKeyNames = new HashMap<>();
  private final Map<String, Set<String>> jsonColumns = new HashMap<>();

  void addCheck(String table, String name, String expression) {
    checks.computeIfAbsent(table, t -> new ArrayList<>()).add(new RawCheck(name, expression));
  }

  /** Records that {@code index} is the index behind the unique constraint {@code constraint}. */
  void uniqueConstraint(String table, String index, String constraint) {
    uniqueConstraints.computeIfAbsent(table, t -> new HashMap<>()).put(index, constraint);
  }

  /** An index the engine made for a constraint by itself; not reported as an index. */
  void hideIndex(String table, String index) {
    hiddenIndexes.computeIfAbsent(table, t -> new HashSet<>()).add(index);
  }

  void primaryKeyName(String table, String name) {
    primaryKeyNames.put(table, name);
  }

  /** A column whose text type is JSON (MariaDB's {@code json} alias of longtext). */
  void jsonColumn(String table, String column) {
    jsonColumns.computeIfAbsent(table, t -> new HashSet<>()).add(column);
  }

  List<RawCheck> checks(String table) {
    return checks.getOrDefault(table, List.of());
  }

  /** The unique constraint an index backs, if it backs one. */
  Optional<String> uniqueConstraintOf(String table, String index) {
    return Optional.ofNullable(uniqueConstraints.getOrDefault(table, Map.of()).get(index));
  }

  boolean isHidden(String table, String index) {
    return hiddenIndexes.getOrDefault(table, Set.of()).contains(index);
  }

  Optional<String> primaryKeyName(String table) {
    return Optional.ofNullable(primaryKeyNames.get(table));
  }

  boolean isJson(String table, String column) {
    return jsonColumns.getOrDefault(table, Set.of()).contains(column);
  }
}
