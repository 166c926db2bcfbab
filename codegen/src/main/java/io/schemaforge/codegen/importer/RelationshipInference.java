package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Ids;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Foreign keys to relationships, and nothing else: a schema without foreign keys gets no
 * relationships. A foreign key whose columns are also the table's primary key or a unique key is a
 * one-to-one; any other is a one-to-many; a link table (see {@link JoinTables}) is a many-to-many.
 * Composite keys keep all their columns, ordered like the referenced primary key.
 */
final class RelationshipInference {
  private final DbSchema schema;
  private final Map<String, EntityDraft> byTable;
  private final Set<String> joinTables;
  private final List<ImportFinding> findings;
  private final NavigationNames navigation;

  RelationshipInference(
      DbSchema schema,
      Map<String, EntityDraft> byTable,
      Set<String> joinTables,
      List<ImportFinding> findings) {
    this.schema = schema;
    this.byTable = byTable;
    this.joinTables = joinTables;
    this.findings = findings;
    this.navigation = new NavigationNames(byTable.values());
  }

  List<Relationship> infer() {
    List<Relationship> result = new ArrayList<>();
    for (DbTable t : schema.tables()) {
      if (joinTables.contains(t.id())) {
        result.add(manyToMany(t));
        continue;
      }
      for (DbForeignKey fk : t.foreignKeys()) {
        Relationship r = fromForeignKey(t, fk);
        if (r != null) {
          result.add(r);
        }
      }
    }
    return result;
  }

  private Relationship fromForeignKey(DbTable t, DbForeignKey fk) {
    EntityDraft target = byTable.get(t.id());
    EntityDraft source = byTable.get(fk.referencedTableId());
    DbTable ref = schema.table(fk.referencedTableId()).orElse(null);
    if (source == null || ref == null) {
      findings.add(
          TableToEntity.finding(
              Severity.WARNING,
              t.name(),
              "foreign key " + fk.name() + " refers to a table that was not read; left out"));
      return null;
    }
    if (ref.primaryKey() == null
        || !new HashSet<>(ref.primaryKey().columnIds())
            .equals(new HashSet<>(fk.referencedColumnIds()))) {
      // The model's relationships refer to primary keys; a key onto other (unique) columns
      // cannot be drawn as one without changing what it references.
      findings.add(
          TableToEntity.finding(
              Severity.WARNING,
              t.name(),
              "foreign key "
                  + fk.name()
                  + " refers to "
                  + ref.name()
                  + "("
                  + String.join(", ", ref.columnNames(fk.referencedColumnIds()))
                  + "), which is not its primary key; the model can only refer to primary keys,"
                  + " so it is left out"));
      return null;
    }
    // Order the key columns like the referenced key's attributes, which is how the model pairs
    // them on export.
    Map<String, String> fkColumnByRefColumn = new HashMap<>();
    for (int i = 0; i < fk.columnIds().size(); i++) {
      fkColumnByRefColumn.put(fk.referencedColumnIds().get(i), fk.columnIds().get(i));
    }
    List<String> keyAttributes = new ArrayList<>();
    for (Attribute pkAttribute : source.primaryKey()) {
      String refColumn = columnOf(source, pkAttribute);
      keyAttributes.add(target.attributeIds().get(fkColumnByRefColumn.get(refColumn)));
    }
    boolean oneToOne = isUniqueKey(t, fk.columnIds());
    boolean required =
        fk.columnIds().stream().allMatch(id -> t.column(id).map(c -> !c.nullable()).orElse(false));
    RelationshipKind kind = oneToOne ? RelationshipKind.ONE_TO_ONE : RelationshipKind.ONE_TO_MANY;
    String[] nav = navigation.forKey(source, target, kind, keyColumnNames(t, fk));
    return new Relationship(
        Ids.newId("rel"),
        kind,
        source.entityId(),
        target.entityId(),
        keyAttributes,
        null,
        nav[0],
        nav[1],
        required,
        fk.onDelete());
  }

  private Relationship manyToMany(DbTable t) {
    List<DbColumn> columns = t.columns();
    DbForeignKey first = keyOn(t, columns.get(0).id());
    DbForeignKey second = keyOn(t, columns.get(1).id());
    EntityDraft source = byTable.get(first.referencedTableId());
    EntityDraft target = byTable.get(second.referencedTableId());
    String[] nav = navigation.forManyToMany(source, target);
    return new Relationship(
        Ids.newId("rel"),
        RelationshipKind.MANY_TO_MANY,
        source.entityId(),
        target.entityId(),
        List.of(),
        new JoinTable(t.name(), columns.get(0).name(), columns.get(1).name()),
        nav[0],
        nav[1],
        false,
        null);
  }

  private static DbForeignKey keyOn(DbTable t, String columnId) {
    return t.foreignKeys().stream()
        .filter(fk -> fk.columnIds().equals(List.of(columnId)))
        .findFirst()
        .orElseThrow();
  }

  private static boolean isUniqueKey(DbTable t, List<String> columnIds) {
    Set<String> cols = new HashSet<>(columnIds);
    if (t.primaryKey() != null && new HashSet<>(t.primaryKey().columnIds()).equals(cols)) {
      return true;
    }
    for (DbUnique u : t.uniques()) {
      if (new HashSet<>(u.columnIds()).equals(cols)) {
        return true;
      }
    }
    return t.indexes().stream()
        .anyMatch(ix -> ix.unique() && new HashSet<>(ix.columnIds()).equals(cols));
  }

  private static String columnOf(EntityDraft draft, Attribute a) {
    return draft.attributeIds().entrySet().stream()
        .filter(e -> e.getValue().equals(a.id()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> keyColumnNames(DbTable t, DbForeignKey fk) {
    return t.columnNames(fk.columnIds());
  }
}
