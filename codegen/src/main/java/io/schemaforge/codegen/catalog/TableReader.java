package io.schemaforge.codegen.catalog;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads one table's columns and constraints for {@link CatalogReader}. */
final class TableReader {
  private final MetadataRows rows;
  private final Dialect dialect;
  private final DatabaseTypeMapper types;
  private final CatalogExtras extras;

  TableReader(MetadataRows rows, Dialect dialect, DatabaseTypeMapper types, CatalogExtras extras) {
    this.rows = rows;
    this.dialect = dialect;
    this.types = types;
    this.extras = extras;
  }

  DbTable read(String raw, String remarks) throws SQLException {
    String table = name(raw);
    List<String> rawTypes = new ArrayList<>();
    List<DbColumn> columns = columns(raw, table, rawTypes);
    DbPrimaryKey pk = primaryKey(raw, table);
    if (dialect == Dialect.SQLITE && pk != null && pk.columnIds().size() == 1) {
      columns = sqliteRowidIdentity(columns, rawTypes, pk);
    }
    List<DbForeignKey> fks = foreignKeys(raw, table);
    List<DbUnique> uniques = new ArrayList<>();
    List<DbIndex> indexes = new ArrayList<>();
    indexes(raw, table, pk, uniques, indexes);
    List<DbCheck> checks = checks(raw, table, columns);
    columns = EnumColumns.withEnums(columns, checks, dialect);
    return new DbTable(
        CatalogNames.tableId(table),
        table,
        blankToNull(remarks),
        columns,
        pk,
        fks,
        uniques,
        indexes,
        checks);
  }

  private String name(String raw) {
    return CatalogNames.normalize(dialect, raw);
  }

  private String columnId(String table, String rawColumn) {
    return CatalogNames.columnId(table, name(rawColumn));
  }

  private List<DbColumn> columns(String raw, String table, List<String> rawTypes)
      throws SQLException {
    TreeMap<Integer, DbColumn> byPosition = new TreeMap<>();
    Map<Integer, String> typeNames = new TreeMap<>();
    for (MetadataRows.ColumnRow row : rows.columns(raw)) {
      String rawColumn = row.column();
      RawColumnType rawType = row.type();
      ColumnType type =
          extras.isJson(raw, rawColumn) ? ColumnType.of(LogicalType.JSON) : types.map(rawType);
      boolean identity = "YES".equalsIgnoreCase(row.isAutoincrement());
      String def = identity ? null : defaultValue(row.defaultValue());
      int position = row.position();
      byPosition.put(
          position,
          new DbColumn(
              columnId(table, rawColumn),
              name(rawColumn),
              type,
              !"NO".equalsIgnoreCase(row.isNullable()),
              def,
              identity,
              blankToNull(row.remarks())));
      typeNames.put(position, rawType.baseName());
    }
    rawTypes.addAll(typeNames.values());
    return new ArrayList<>(byPosition.values());
  }

  /**
   * A default as the database reports it; "no default" spelled as NULL (MariaDB reports the text
   * {@code NULL} for nullable columns, PostgreSQL may keep {@code NULL::character varying}) is
   * none.
   */
  static String defaultValue(String def) {
    if (def == null || def.isBlank()) {
      return null;
    }
    String d = def.strip();
    String upper = d.toUpperCase(java.util.Locale.ROOT);
    if (upper.equals("NULL") || upper.startsWith("NULL::")) {
      return null;
    }
    return d;
  }

  /**
   * In SQLite a single {@code INTEGER PRIMARY KEY} column is the rowid: it numbers itself, with or
   * without AUTOINCREMENT (which sqlite-jdbc reports as IS_AUTOINCREMENT).
   */
  private static List<DbColumn> sqliteRowidIdentity(
      List<DbColumn> columns, List<String> rawTypes, DbPrimaryKey pk) {
    List<DbColumn> out = new ArrayList<>(columns);
    for (int i = 0; i < out.size(); i++) {
      DbColumn c = out.get(i);
      if (c.id().equals(pk.columnIds().get(0)) && "INTEGER".equals(rawTypes.get(i))) {
        out.set(
            i,
            new DbColumn(
                c.id(), c.name(), c.type(), c.nullable(), c.defaultValue(), true, c.comment()));
      }
    }
    return out;
  }

  private DbPrimaryKey primaryKey(String raw, String table) throws SQLException {
    TreeMap<Integer, String> columns = new TreeMap<>();
    String pkName = null;
    for (MetadataRows.KeyColumnRow row : rows.primaryKey(raw)) {
      columns.put(row.sequence(), columnId(table, row.column()));
      pkName = blankToNull(row.keyName());
    }
    if (columns.isEmpty()) {
      return null;
    }
    String n = pkName != null ? pkName : extras.primaryKeyName(raw).orElse(null);
    return new DbPrimaryKey(name(n), new ArrayList<>(columns.values()));
  }

  private List<DbForeignKey> foreignKeys(String raw, String table) throws SQLException {
    Map<String, List<String[]>> byName = new LinkedHashMap<>();
    int unnamed = 0;
    for (MetadataRows.ForeignKeyRow row : rows.importedKeys(raw)) {
      String fkName = blankToNull(row.keyName());
      int seq = row.sequence();
      if (fkName == null) {
        // Unnamed keys (SQLite) are told apart by KEY_SEQ starting again at 1.
        unnamed += seq == 1 ? 1 : 0;
        fkName = "\0" + unnamed;
      }
      byName
          .computeIfAbsent(fkName, k -> new ArrayList<>())
          .add(
              new String[] {
                String.valueOf(seq),
                row.column(),
                row.referencedTable(),
                row.referencedColumn(),
                String.valueOf(row.deleteRule())
              });
    }
    List<DbForeignKey> fks = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> e : byName.entrySet()) {
      List<String[]> rows = new ArrayList<>(e.getValue());
      rows.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
      String refTable = name(rows.get(0)[2]);
      String fkName = e.getKey().startsWith("\0") ? null : name(e.getKey());
      fks.add(
          new DbForeignKey(
              "name:" + table + ".fk." + (fkName != null ? fkName : e.getKey().substring(1)),
              fkName,
              rows.stream().map(r -> columnId(table, r[1])).toList(),
              CatalogNames.tableId(refTable),
              rows.stream().map(r -> CatalogNames.columnId(refTable, name(r[3]))).toList(),
              onDelete(Integer.parseInt(rows.get(0)[4]))));
    }
    return fks;
  }

  static OnDelete onDelete(int rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> OnDelete.CASCADE;
      case DatabaseMetaData.importedKeySetNull -> OnDelete.SET_NULL;
      case DatabaseMetaData.importedKeySetDefault -> OnDelete.SET_DEFAULT;
      case DatabaseMetaData.importedKeyRestrict -> OnDelete.RESTRICT;
      default -> OnDelete.NO_ACTION;
    };
  }

  private void indexes(
      String raw, String table, DbPrimaryKey pk, List<DbUnique> uniques, List<DbIndex> indexes)
      throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    for (MetadataRows.IndexRow row : rows.indexes(raw)) {
      String ix = row.index();
      String col = row.column();
      if (ix == null || col == null || row.type() == DatabaseMetaData.tableIndexStatistic) {
        continue; // statistics rows, expression indexes
      }
      columns.computeIfAbsent(ix, k -> new TreeMap<>()).put(row.position(), columnId(table, col));
      unique.put(ix, !row.nonUnique());
    }
    for (Map.Entry<String, TreeMap<Integer, String>> e : columns.entrySet()) {
      String rawIndex = e.getKey();
      DbIndex ix =
          new DbIndex(
              "name:" + table + ".ix." + name(rawIndex),
              name(rawIndex),
              new ArrayList<>(e.getValue().values()),
              unique.get(rawIndex));
      var constraint = extras.uniqueConstraintOf(raw, rawIndex);
      if (constraint.isPresent()) {
        if (!isPrimaryKeyIndex(ix, pk, rawIndex)) {
          uniques.add(asUnique(ix, name(constraint.get())));
        }
      } else if (!extras.isHidden(raw, rawIndex) && !isPrimaryKeyIndex(ix, pk, rawIndex)) {
        indexes.add(ix);
      }
    }
  }

  private List<DbCheck> checks(String raw, String table, List<DbColumn> columns) {
    List<DbCheck> checks = new ArrayList<>();
    int unnamed = 0;
    for (CatalogExtras.RawCheck ck : extras.checks(raw)) {
      String n = name(ck.name());
      String id = "name:" + table + ".ck." + (n != null ? n : "#" + ++unnamed);
      DbCheck check = DbCheck.expression(id, n, ck.expression());
      var parsed = EnumCheckParser.parse(ck.expression());
      if (parsed.isPresent()) {
        var col =
            columns.stream()
                .filter(c -> c.name().equalsIgnoreCase(parsed.get().column()))
                .findFirst();
        if (col.isPresent()) {
          check = DbCheck.enumValues(id, n, col.get().id(), parsed.get().values());
        }
      }
      checks.add(check);
    }
    return checks;
  }

  /** Empty comments become null (MariaDB reports "" for none). */
  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Keeps the primary-key index, and those of unique constraints, out of the index list. */
  static boolean isPrimaryKeyIndex(DbIndex ix, DbPrimaryKey pk, String rawName) {
    if (pk == null) {
      return false;
    }
    return rawName.equals(pk.name()) || (ix.unique() && ix.columnIds().equals(pk.columnIds()));
  }

  static DbUnique asUnique(DbIndex ix, String constraintName) {
    return new DbUnique(ix.id(), constraintName, ix.columnIds());
  }
}
