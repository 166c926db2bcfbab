package io.schemaforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The logical schema: entities and relationships in a stable order, indexed by id. The order is the
 * order of the project file, so it is kept exactly through undo.
 */
public final class Schema {
  private final String id;
  private String name;
  private Dialect dialect;
  private String basePackage;
  private NamingConvention naming;
  // Optional generated code the export makes by default for this model (off unless asked for).
  private boolean generateRepositories;
  private boolean generateJooq;

  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, Entity> entitiesById = new HashMap<>();
  private final List<Relationship> relationships = new ArrayList<>();
  private final Map<String, Relationship> relationshipsById = new HashMap<>();
  private final List<ImportIssue> importIssues = new ArrayList<>();
  // entity id -> ids of relationships touching it; keeps "what depends on this entity" O(1).
  private final Map<String, Set<String>> relationshipsByEntity = new HashMap<>();

  public Schema(String id, String name, Dialect dialect, String basePackage) {
    this.id = id;
    this.name = name;
    this.dialect = dialect;
    this.basePackage = basePackage;
    this.naming = NamingConvention.DEFAULT;
  }

  /**
   * A copy that shares nothing mutable with this schema (entities are copied; attributes,
   * relationships and the other immutable parts are shared), in the same order.
   */
  public Schema copy() {
    Schema c = new Schema(id, name, dialect, basePackage);
    c.naming = naming;
    c.generateRepositories = generateRepositories;
    c.generateJooq = generateJooq;
    for (Entity e : entities) {
      c.insertEntity(c.entities.size(), e.copy());
    }
    for (Relationship r : relationships) {
      c.putRelationship(c.relationships.size(), r);
    }
    c.importIssues.addAll(importIssues);
    return c;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Dialect dialect() {
    return dialect;
  }

  public String basePackage() {
    return basePackage;
  }

  public NamingConvention naming() {
    return naming;
  }

  /** Whether exports of this model include Spring Data repositories without being asked. */
  public boolean generateRepositories() {
    return generateRepositories;
  }

  /** Whether exports of this model include jOOQ classes without being asked. */
  public boolean generateJooq() {
    return generateJooq;
  }

  public List<Entity> entities() {
    return Collections.unmodifiableList(entities);
  }

  public List<Relationship> relationships() {
    return Collections.unmodifiableList(relationships);
  }

  public Optional<Entity> entity(String entityId) {
    return Optional.ofNullable(entitiesById.get(entityId));
  }

  /** The entity with this id; throws when there is none (commands refuse dangling ids). */
  public Entity requireEntity(String entityId) {
    Entity e = entitiesById.get(entityId);
    if (e == null) {
      throw new IllegalArgumentException("no entity with id " + entityId);
    }
    return e;
  }

  public Optional<Relationship> relationship(String relationshipId) {
    return Optional.ofNullable(relationshipsById.get(relationshipId));
  }

  public Relationship requireRelationship(String relationshipId) {
    Relationship r = relationshipsById.get(relationshipId);
    if (r == null) {
      throw new IllegalArgumentException("no relationship with id " + relationshipId);
    }
    return r;
  }

  public int entityIndex(String entityId) {
    Entity e = entitiesById.get(entityId);
    return e == null ? -1 : entities.indexOf(e);
  }

  public int relationshipIndex(String relationshipId) {
    Relationship r = relationshipsById.get(relationshipId);
    return r == null ? -1 : positionOf(r);
  }

  /** Relationships whose source or target is this entity, in schema order. */
  public List<Relationship> relationshipsOf(String entityId) {
    Set<String> ids = relationshipsByEntity.get(entityId);
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    List<Relationship> result = new ArrayList<>(ids.size());
    for (String rid : ids) {
      result.add(relationshipsById.get(rid));
    }
    return result;
  }

  /** The relationship that manages this attribute as a foreign key, if any. */
  public Optional<Relationship> relationshipManaging(String entityId, String attributeId) {
    for (Relationship r : relationshipsOf(entityId)) {
      if (r.targetEntityId().equals(entityId) && r.foreignKeyAttributeIds().contains(attributeId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** What the import of this model noticed and the user has not dismissed yet, in order. */
  public List<ImportIssue> importIssues() {
    return Collections.unmodifiableList(importIssues);
  }

  public int importIssueIndex(String issueId) {
    return ListsById.indexOf(importIssues, issueId, ImportIssue::id);
  }

  public Optional<Entity> entityByName(String className) {
    return entities.stream().filter(e -> e.name().equals(className)).findFirst();
  }

  @Mutator
  public void setName(String name) {
    this.name = name;
  }

  @Mutator
  public void setDialect(Dialect dialect) {
    this.dialect = dialect;
  }

  @Mutator
  public void setBasePackage(String basePackage) {
    this.basePackage = basePackage;
  }

  @Mutator
  public void setNaming(NamingConvention naming) {
    this.naming = naming;
  }

  @Mutator
  public void setGenerateRepositories(boolean generateRepositories) {
    this.generateRepositories = generateRepositories;
  }

  @Mutator
  public void setGenerateJooq(boolean generateJooq) {
    this.generateJooq = generateJooq;
  }

  @Mutator
  public void insertImportIssue(int position, ImportIssue issue) {
    if (importIssueIndex(issue.id()) >= 0) {
      throw new IllegalArgumentException("duplicate import issue id " + issue.id());
    }
    importIssues.add(Math.max(0, Math.min(position, importIssues.size())), issue);
  }

  @Mutator
  public ImportIssue removeImportIssue(String issueId) {
    int i = importIssueIndex(issueId);
    if (i < 0) {
      throw new IllegalArgumentException("no import issue with id " + issueId);
    }
    return importIssues.remove(i);
  }

  @Mutator
  public void insertEntity(int position, Entity entity) {
    if (entitiesById.containsKey(entity.id())) {
      throw new IllegalArgumentException("duplicate entity id " + entity.id());
    }
    entities.add(Math.max(0, Math.min(position, entities.size())), entity);
    entitiesById.put(entity.id(), entity);
  }

  /** Puts another copy of an entity (same id) in its place, e.g. to restore a snapshot. */
  @Mutator
  public Entity replaceEntity(Entity entity) {
    Entity old = requireEntity(entity.id());
    entities.set(entities.indexOf(old), entity);
    entitiesById.put(entity.id(), entity);
    return old;
  }

  @Mutator
  public Entity removeEntity(String entityId) {
    Entity e = requireEntity(entityId);
    Set<String> rels = relationshipsByEntity.get(entityId);
    if (rels != null && !rels.isEmpty()) {
      throw new IllegalStateException("entity " + e.name() + " still has relationships " + rels);
    }
    entities.remove(e);
    entitiesById.remove(entityId);
    relationshipsByEntity.remove(entityId);
    return e;
  }

  @Mutator
  public void moveEntity(String entityId, int newPosition) {
    Entity e = requireEntity(entityId);
    entities.remove(e);
    entities.add(Math.max(0, Math.min(newPosition, entities.size())), e);
  }

  /** Adds a relationship at {@code position}, or replaces the one with the same id in place. */
  @Mutator
  public void putRelationship(int position, Relationship relationship) {
    requireEntity(relationship.sourceEntityId());
    requireEntity(relationship.targetEntityId());
    Relationship old = relationshipsById.get(relationship.id());
    if (old != null) {
      relationships.set(positionOf(old), relationship);
      unindex(old);
    } else {
      relationships.add(Math.max(0, Math.min(position, relationships.size())), relationship);
    }
    relationshipsById.put(relationship.id(), relationship);
    index(relationship);
  }

  @Mutator
  public Relationship removeRelationship(String relationshipId) {
    Relationship r = requireRelationship(relationshipId);
    relationships.remove(positionOf(r));
    relationshipsById.remove(relationshipId);
    unindex(r);
    return r;
  }

  // By identity: the list holds the very object the id map holds, and a record's equals compares
  // field by field, which made finding one among thousands of relationships cost microseconds each.
  private int positionOf(Relationship r) {
    for (int i = 0; i < relationships.size(); i++) {
      if (relationships.get(i) == r) {
        return i;
      }
    }
    return -1;
  }

  private void index(Relationship r) {
    relationshipsByEntity
        .computeIfAbsent(r.sourceEntityId(), k -> new LinkedHashSet<>())
        .add(r.id());
    relationshipsByEntity
        .computeIfAbsent(r.targetEntityId(), k -> new LinkedHashSet<>())
        .add(r.id());
  }

  private void unindex(Relationship r) {
    Set<String> s = relationshipsByEntity.get(r.sourceEntityId());
    if (s != null) {
      s.remove(r.id());
    }
    Set<String> t = relationshipsByEntity.get(r.targetEntityId());
    if (t != null) {
      t.remove(r.id());
    }
  }
}
