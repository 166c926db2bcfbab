package io.schemaforge.validation;

import io.schemaforge.dialect.DialectFacts;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.model.Trait;
import io.schemaforge.naming.ConstraintNames;
import io.schemaforge.naming.Names;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rules may look at besides the element they check: the model, the dialect's facts, the
 * constraint naming, and name indexes kept up to date by the validator, so uniqueness checks are
 * look-ups rather than scans of thousands of entities.
 */
public final class ValidationContext {
  private final Model model;
  private DialectFacts dialect;
  private ConstraintNames constraintNames;
  private final Map<String, EntityKeys> keysByEntity = new HashMap<>();
  private final Map<String, Set<String>> tables = new HashMap<>();
  private final Map<String, Set<String>> classes = new HashMap<>();
  private final Map<String, Set<String>> constraints = new HashMap<>();
  // join table name -> ids of the entities that are the source of a many-to-many using it
  private final Map<String, Set<String>> joinTables = new HashMap<>();
  private int pluralTables;
  private int singularTables;

  /**
   * The names of one entity that other entities may clash with, and what its neighbours across
   * relationships see of it.
   */
  record EntityKeys(
      String table,
      String className,
      List<String> constraintNames,
      List<String> joinTables,
      Boolean plural,
      ReferencedFacts referenced) {}

  /**
   * What an entity's rules and constraint names may read of another entity it is related to: its
   * names and traits, and its primary key (which foreign keys copy, name and are type-checked
   * against). A change elsewhere in the entity does not concern its neighbours.
   */
  record ReferencedFacts(
      String className, String table, Set<Trait> traits, List<Attribute> primaryKey) {
    static ReferencedFacts of(Entity e) {
      return new ReferencedFacts(e.name(), e.tableName(), Set.copyOf(e.traits()), e.primaryKey());
    }
  }

  public ValidationContext(Model model) {
    this.model = model;
    refreshDialect();
  }

  public Model model() {
    return model;
  }

  public Schema schema() {
    return model.schema();
  }

  public DialectFacts dialect() {
    return dialect;
  }

  public ConstraintNames constraintNames() {
    return constraintNames;
  }

  /** Ids of entities whose table name compares equal to {@code table} in this dialect. */
  public Set<String> entitiesWithTable(String table) {
    return view(tables.get(dialect.normalize(table)));
  }

  /** Ids of entities whose class name equals {@code className}, ignoring case (file systems). */
  public Set<String> entitiesWithClassName(String className) {
    return view(classes.get(className.toLowerCase(java.util.Locale.ROOT)));
  }

  /** Ids of entities that generate a constraint or index with this name. */
  public Set<String> entitiesWithConstraintName(String name) {
    return view(constraints.get(dialect.normalize(name)));
  }

  /**
   * Ids of entities that are the source of a many-to-many whose join table compares equal to {@code
   * table} in this dialect. An entity that takes or frees such a name as its own table name is
   * re-checked together with these owners, so a join-table clash is found from either side.
   */
  public Set<String> entitiesWithJoinTable(String table) {
    return view(joinTables.get(dialect.normalize(table)));
  }

  /** Whether most tables are plural (true), singular (false), or it is a tie (null). */
  public Boolean pluralMajority() {
    if (pluralTables == singularTables) {
      return null;
    }
    return pluralTables > singularTables;
  }

  void refreshDialect() {
    dialect = DialectFacts.of(model.schema().dialect());
    constraintNames = new ConstraintNames(dialect);
  }

  void clearIndexes() {
    keysByEntity.clear();
    tables.clear();
    classes.clear();
    constraints.clear();
    joinTables.clear();
    pluralTables = 0;
    singularTables = 0;
  }

  /**
   * Whether what an entity's neighbours see of it ({@link ReferencedFacts}) differs from when it
   * was last indexed; true for an entity that is not indexed yet or is gone.
   */
  boolean referencedFactsChanged(String entityId, Entity entity) {
    EntityKeys old = keysByEntity.get(entityId);
    return old == null || entity == null || !old.referenced().equals(ReferencedFacts.of(entity));
  }

  /**
   * Re-indexes one entity (or removes it, when {@code entity} is null) and returns the ids of other
   * entities whose clash status may have changed: those sharing a name it took or left.
   */
  Set<String> reindex(String entityId, Entity entity) {
    EntityKeys old = keysByEntity.remove(entityId);
    EntityKeys now = entity == null ? null : keysOf(entity);
    Set<String> affected = new HashSet<>();
    if (old != null) {
      if (now == null || !old.table().equals(now.table())) {
        remove(tables, old.table(), entityId, affected);
        affected.addAll(owners(joinTables, old.table()));
      }
      if (now == null || !old.className().equals(now.className())) {
        remove(classes, old.className(), entityId, affected);
      }
      for (String c : old.constraintNames()) {
        if (now == null || !now.constraintNames().contains(c)) {
          remove(constraints, c, entityId, affected);
        }
      }
      for (String j : old.joinTables()) {
        if (now == null || !now.joinTables().contains(j)) {
          remove(joinTables, j, entityId, affected);
          affected.addAll(owners(tables, j));
        }
      }
      count(old.plural(), -1);
    }
    if (now != null) {
      if (old == null || !old.table().equals(now.table())) {
        add(tables, now.table(), entityId, affected);
        affected.addAll(owners(joinTables, now.table()));
      }
      if (old == null || !old.className().equals(now.className())) {
        add(classes, now.className(), entityId, affected);
      }
      for (String c : now.constraintNames()) {
        if (old == null || !old.constraintNames().contains(c)) {
          add(constraints, c, entityId, affected);
        }
      }
      for (String j : now.joinTables()) {
        if (old == null || !old.joinTables().contains(j)) {
          add(joinTables, j, entityId, affected);
          affected.addAll(owners(tables, j));
        }
      }
      count(now.plural(), +1);
      keysByEntity.put(entityId, now);
    }
    if (now != null) {
      // Clash messages name the other entities, so a partner's rename must refresh them even
      // when no key changed (renaming the class only, or only its case).
      affected.addAll(owners(tables, now.table()));
      affected.addAll(owners(classes, now.className()));
      for (String c : now.constraintNames()) {
        affected.addAll(owners(constraints, c));
      }
      affected.addAll(owners(joinTables, now.table()));
      for (String j : now.joinTables()) {
        affected.addAll(owners(joinTables, j));
        affected.addAll(owners(tables, j));
      }
    }
    affected.remove(entityId);
    return affected;
  }

  private EntityKeys keysOf(Entity e) {
    List<String> cons =
        constraintNames.all(model.schema(), e).stream()
            .map(g -> dialect.normalize(g.name()))
            .distinct()
            .toList();
    String table = e.tableName() == null ? "" : e.tableName();
    Boolean plural = table.isEmpty() ? null : Names.looksPlural(Names.lastWord(table));
    return new EntityKeys(
        dialect.normalize(table),
        e.name().toLowerCase(java.util.Locale.ROOT),
        cons,
        joinTablesOf(e),
        plural,
        ReferencedFacts.of(e));
  }

  private List<String> joinTablesOf(Entity e) {
    List<String> names = new java.util.ArrayList<>(0);
    for (Relationship r : model.schema().relationshipsOf(e.id())) {
      if (r.kind() == RelationshipKind.MANY_TO_MANY
          && r.sourceEntityId().equals(e.id())
          && r.joinTable() != null
          && r.joinTable().tableName() != null
          && !r.joinTable().tableName().isBlank()) {
        String n = dialect.normalize(r.joinTable().tableName());
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }
    return names;
  }

  private void count(Boolean plural, int delta) {
    if (plural == null) {
      return;
    }
    if (plural) {
      pluralTables += delta;
    } else {
      singularTables += delta;
    }
  }

  private static void add(
      Map<String, Set<String>> index, String key, String id, Set<String> affected) {
    Set<String> owners = index.computeIfAbsent(key, k -> new HashSet<>(2));
    affected.addAll(owners);
    owners.add(id);
  }

  private static void remove(
      Map<String, Set<String>> index, String key, String id, Set<String> affected) {
    Set<String> owners = index.get(key);
    if (owners != null) {
      owners.remove(id);
      affected.addAll(owners);
      if (owners.isEmpty()) {
        index.remove(key);
      }
    }
  }

  private static Set<String> owners(Map<String, Set<String>> index, String key) {
    Set<String> s = index.get(key);
    return s == null ? Set.of() : s;
  }

  private static Set<String> view(Set<String> s) {
    return s == null ? Set.of() : Collections.unmodifiableSet(s);
  }
}
