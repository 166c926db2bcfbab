package io.schemaforge.codegen.physical;

import io.schemaforge.dialect.DialectFacts;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Index;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.model.TraitColumns;
import io.schemaforge.model.TraitColumns.TraitColumn;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.naming.ConstraintNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a model into the tables it produces in one dialect: entity attributes and trait columns,
 * the naming convention's constraint names, foreign keys of relationships, an index for every
 * foreign-key column that does not already lead one, and the join tables of many-to-many
 * relationships. Ids of derived parts are built from the ids of the model elements they come from,
 * so they stay stable across renames too.
 */
public final class PhysicalSchemaBuilder {
  /** Enum values are stored as strings; without an explicit length this is the minimum. */
  static final int MIN_ENUM_LENGTH = 32;

  private final Dialect dialect;
  private final ConstraintNames names;

  public PhysicalSchemaBuilder(Dialect dialect) {
    this.dialect = dialect;
    this.names = new ConstraintNames(DialectFacts.of(dialect));
  }

  public Dialect dialect() {
    return dialect;
  }

  public DbSchema build(Schema schema) {
    List<DbTable> tables = new ArrayList<>(schema.entities().size());
    for (Entity e : schema.entities()) {
      tables.add(table(schema, e));
    }
    for (Relationship r : schema.relationships()) {
      if (r.kind() == RelationshipKind.MANY_TO_MANY && r.joinTable() != null) {
        Entity source = schema.entity(r.sourceEntityId()).orElse(null);
        Entity target = schema.entity(r.targetEntityId()).orElse(null);
        if (source != null && target != null) {
          tables.add(joinTable(r, source, target));
        }
      }
    }
    return new DbSchema(tables);
  }

  private DbTable table(Schema schema, Entity e) {
    String t = e.tableName();
    List<DbColumn> columns = new ArrayList<>();
    List<DbUnique> uniques = new ArrayList<>();
    List<DbIndex> indexes = new ArrayList<>();
    List<DbCheck> checks = new ArrayList<>();
    List<String> pk = new ArrayList<>();
    for (Attribute a : e.attributes()) {
      columns.add(column(a));
      if (a.primaryKey()) {
        pk.add(a.id());
      }
      if (a.unique() && !a.primaryKey()) {
        uniques.add(
            new DbUnique(
                uniqueId(a.id()), names.unique(t, List.of(a.columnName())), List.of(a.id())));
      }
      if (a.type() == LogicalType.ENUM && !a.enumValues().isEmpty()) {
        checks.add(
            DbCheck.enumValues(
                a.id() + ":check", names.check(t, a.columnName()), a.id(), a.enumValues()));
      }
    }
    for (TraitColumn tc : TraitColumns.of(e.traits())) {
      columns.add(
          new DbColumn(
              traitColumnId(e.id(), tc.column()),
              tc.column(),
              ColumnType.of(tc.typeOf(schema.naming())),
              tc.nullable(),
              tc.defaultValue(),
              false,
              null));
    }
    for (UniqueConstraint uq : e.uniqueConstraints()) {
      String n =
          uq.name() != null
              ? uq.name()
              : names.unique(t, ConstraintNames.columns(e, uq.attributeIds()));
      uniques.add(new DbUnique(uq.id(), n, uq.attributeIds()));
    }
    for (Index ix : e.indexes()) {
      String n =
          ix.name() != null
              ? ix.name()
              : names.index(t, ConstraintNames.columns(e, ix.attributeIds()));
      indexes.add(new DbIndex(ix.id(), n, ix.attributeIds(), ix.unique()));
    }
    for (CheckConstraint ck : e.checkConstraints()) {
      checks.add(DbCheck.expression(ck.id(), names.check(t, ck.name()), ck.expression()));
    }
    List<DbForeignKey> fks = foreignKeys(schema, e);
    addForeignKeyIndexes(e, fks, pk, uniques, indexes);
    DbPrimaryKey primaryKey = pk.isEmpty() ? null : new DbPrimaryKey(names.primaryKey(t), pk);
    return new DbTable(e.id(), t, e.comment(), columns, primaryKey, fks, uniques, indexes, checks);
  }

  private List<DbForeignKey> foreignKeys(Schema schema, Entity e) {
    List<DbForeignKey> fks = new ArrayList<>();
    for (Relationship r : schema.relationshipsOf(e.id())) {
      if (!r.targetEntityId().equals(e.id())
          || r.kind() == RelationshipKind.MANY_TO_MANY
          || r.foreignKeyAttributeIds().isEmpty()) {
        continue;
      }
      Entity source = schema.entity(r.sourceEntityId()).orElse(null);
      if (source == null || source.primaryKey().isEmpty()) {
        continue; // validation reports it; there is nothing to refer to
      }
      List<String> fkIds =
          r.foreignKeyAttributeIds().stream().filter(id -> e.attribute(id).isPresent()).toList();
      if (fkIds.isEmpty()) {
        continue;
      }
      String firstColumn = e.attribute(fkIds.get(0)).orElseThrow().columnName();
      fks.add(
          new DbForeignKey(
              r.id(),
              names.foreignKey(e.tableName(), firstColumn, source.tableName()),
              fkIds,
              source.id(),
              source.primaryKey().stream().map(Attribute::id).toList(),
              r.onDelete()));
    }
    return fks;
  }

  /**
   * Every foreign key gets an index unless an index, unique constraint or the PK starts with it.
   */
  private void addForeignKeyIndexes(
      Entity e,
      List<DbForeignKey> fks,
      List<String> pk,
      List<DbUnique> uniques,
      List<DbIndex> indexes) {
    Set<String> leading = new HashSet<>();
    if (!pk.isEmpty()) {
      leading.add(pk.get(0));
    }
    uniques.forEach(u -> leading.add(u.columnIds().get(0)));
    indexes.stream()
        .filter(i -> !i.columnIds().isEmpty())
        .forEach(i -> leading.add(i.columnIds().get(0)));
    for (DbForeignKey fk : fks) {
      String first = fk.columnIds().get(0);
      if (leading.add(first)) {
        String column = e.attribute(first).orElseThrow().columnName();
        indexes.add(
            new DbIndex(
                fk.id() + ":index",
                names.index(e.tableName(), List.of(column)),
                List.of(first),
                false));
      }
    }
  }

  private DbTable joinTable(Relationship r, Entity source, Entity target) {
    JoinTable jt = r.joinTable();
    String t = jt.tableName();
    String sourceId = r.id() + ":source";
    String targetId = r.id() + ":target";
    Attribute sourceKey = source.primaryKey().isEmpty() ? null : source.primaryKey().get(0);
    Attribute targetKey = target.primaryKey().isEmpty() ? null : target.primaryKey().get(0);
    List<DbColumn> columns =
        List.of(
            new DbColumn(sourceId, jt.sourceColumn(), keyType(sourceKey), false, null, false, null),
            new DbColumn(
                targetId, jt.targetColumn(), keyType(targetKey), false, null, false, null));
    List<DbForeignKey> fks = new ArrayList<>();
    // Join rows mean nothing without both ends, so they go when either end is deleted.
    if (sourceKey != null) {
      fks.add(
          new DbForeignKey(
              r.id() + ":source-fk",
              names.foreignKey(t, jt.sourceColumn(), source.tableName()),
              List.of(sourceId),
              source.id(),
              List.of(sourceKey.id()),
              OnDelete.CASCADE));
    }
    if (targetKey != null) {
      fks.add(
          new DbForeignKey(
              r.id() + ":target-fk",
              names.foreignKey(t, jt.targetColumn(), target.tableName()),
              List.of(targetId),
              target.id(),
              List.of(targetKey.id()),
              OnDelete.CASCADE));
    }
    // The primary key (source, target) indexes the source column; the target needs its own.
    List<DbIndex> indexes =
        List.of(
            new DbIndex(
                r.id() + ":target-index",
                names.index(t, List.of(jt.targetColumn())),
                List.of(targetId),
                false));
    return new DbTable(
        r.id(),
        t,
        null,
        columns,
        new DbPrimaryKey(names.primaryKey(t), List.of(sourceId, targetId)),
        fks,
        List.of(),
        indexes,
        List.of());
  }

  private static ColumnType keyType(Attribute key) {
    if (key == null) {
      return ColumnType.of(LogicalType.BIGINT);
    }
    return new ColumnType(key.type(), key.length(), key.precision(), key.scale(), List.of());
  }

  private static DbColumn column(Attribute a) {
    Integer length = a.length();
    if (a.type() == LogicalType.ENUM && length == null) {
      int longest = a.enumValues().stream().mapToInt(String::length).max().orElse(0);
      length = Math.max(MIN_ENUM_LENGTH, longest);
    }
    ColumnType type = new ColumnType(a.type(), length, a.precision(), a.scale(), a.enumValues());
    return new DbColumn(
        a.id(),
        a.columnName(),
        type,
        a.nullable() && !a.primaryKey(),
        blankToNull(a.defaultValue()),
        a.identity(),
        blankToNull(a.comment()));
  }

  static String uniqueId(String attributeId) {
    return attributeId + ":unique";
  }

  static String traitColumnId(String entityId, String column) {
    return entityId + ":" + column;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
