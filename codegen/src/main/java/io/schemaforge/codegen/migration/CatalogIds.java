package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the tables read back from a database the ids of a reference schema, matching by name. When
 * a project's migrations were not all written by us, the export diffs the model against what the
 * migrations really produce; matching names to the last exported state (or to the model) keeps
 * unchanged elements unchanged, so only real differences become statements.
 */
final class CatalogIds {
  private CatalogIds() {}

  static DbSchema adopt(DbSchema catalog, DbSchema reference) {
    Map<String, String> tableIds = new HashMap<>();
    for (DbTable t : catalog.tables()) {
      reference.tableNamed(t.name()).ifPresent(r -> tableIds.put(t.id(), r.id()));
    }
    return new DbSchema(
        catalog.tables().stream()
            .map(t -> adopt(t, reference.tableNamed(t.name()), tableIds, reference))
            .toList());
  }

  private static DbTable adopt(
      DbTable t, Optional<DbTable> ref, Map<String, String> tableIds, DbSchema reference) {
    if (ref.isEmpty()) {
      return t;
    }
    DbTable r = ref.get();
    Map<String, String> columnIds = new HashMap<>();
    List<DbColumn> columns =
        t.columns().stream()
            .map(
                c -> {
                  String id = r.columnNamed(c.name()).map(DbColumn::id).orElse(c.id());
                  columnIds.put(c.id(), id);
                  return new DbColumn(
                      id,
                      c.name(),
                      c.type(),
                      c.nullable(),
                      c.defaultValue(),
                      c.identity(),
                      c.comment());
                })
            .toList();
    DbPrimaryKey pk =
        t.primaryKey() == null
            ? null
            : new DbPrimaryKey(t.primaryKey().name(), map(t.primaryKey().columnIds(), columnIds));
    List<DbForeignKey> fks =
        t.foreignKeys().stream()
            .map(
                fk -> {
                  String refTable =
                      tableIds.getOrDefault(fk.referencedTableId(), fk.referencedTableId());
                  List<String> cols = map(fk.columnIds(), columnIds);
                  String id =
                      r.foreignKeys().stream()
                          .filter(
                              x ->
                                  x.columnIds().equals(cols)
                                          && x.referencedTableId().equals(refTable)
                                      || same(x.name(), fk.name()))
                          .map(DbForeignKey::id)
                          .findFirst()
                          .orElse(fk.id());
                  List<String> refCols =
                      reference
                          .table(refTable)
                          .map(
                              rt ->
                                  rt.primaryKey() == null
                                      ? fk.referencedColumnIds()
                                      : rt.primaryKey().columnIds())
                          .orElse(fk.referencedColumnIds());
                  return new DbForeignKey(id, fk.name(), cols, refTable, refCols, fk.onDelete());
                })
            .toList();
    List<DbUnique> uniques =
        t.uniques().stream()
            .map(
                u -> {
                  List<String> cols = map(u.columnIds(), columnIds);
                  String id =
                      r.uniques().stream()
                          .filter(x -> x.columnIds().equals(cols) || same(x.name(), u.name()))
                          .map(DbUnique::id)
                          .findFirst()
                          .orElse(u.id());
                  return new DbUnique(id, u.name(), cols);
                })
            .toList();
    List<DbIndex> indexes =
        t.indexes().stream()
            .map(
                ix -> {
                  List<String> cols = map(ix.columnIds(), columnIds);
                  String id =
                      r.indexes().stream()
                          .filter(
                              x ->
                                  x.columnIds().equals(cols) && x.unique() == ix.unique()
                                      || same(x.name(), ix.name()))
                          .map(DbIndex::id)
                          .findFirst()
                          .orElse(ix.id());
                  return new DbIndex(id, ix.name(), cols, ix.unique());
                })
            .toList();
    List<DbCheck> checks =
        t.checks().stream()
            .map(
                ck -> {
                  String enumColumn =
                      ck.enumColumnId() == null
                          ? null
                          : columnIds.getOrDefault(ck.enumColumnId(), ck.enumColumnId());
                  String id =
                      r.checks().stream()
                          .filter(
                              x ->
                                  same(x.name(), ck.name())
                                      || enumColumn != null && enumColumn.equals(x.enumColumnId()))
                          .map(DbCheck::id)
                          .findFirst()
                          .orElse(ck.id());
                  return new DbCheck(id, ck.name(), ck.expression(), enumColumn, ck.enumValues());
                })
            .toList();
    return new DbTable(r.id(), t.name(), t.comment(), columns, pk, fks, uniques, indexes, checks);
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static List<String> map(List<String> ids, Map<String, String> mapping) {
    return ids.stream().map(id -> mapping.getOrDefault(id, id)).toList();
  }
}
