package io.schemaforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An entity: a Java class and the table it maps to. Changed only through commands. */
public final class Entity {
  private final String id;
  private String name;
  private String tableName;
  private String sourceName;
  private String comment;
  private final List<Attribute> attributes = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
  private final List<CheckConstraint> checkConstraints = new ArrayList<>();
  private final EnumSet<Trait> traits = EnumSet.noneOf(Trait.class);

  public Entity(String id, String name, String tableName) {
    this.id = id;
    this.name = name;
    this.tableName = tableName;
  }

  /** A deep copy with the same ids, used to restore a deleted entity on undo. */
  public Entity copy() {
    Entity c = new Entity(id, name, tableName);
    c.sourceName = sourceName;
    c.comment = comment;
    c.attributes.addAll(attributes);
    c.indexes.addAll(indexes);
    c.uniqueConstraints.addAll(uniqueConstraints);
    c.checkConstraints.addAll(checkConstraints);
    c.traits.addAll(traits);
    return c;
  }

  public String id() {
    return id;
  }

  /** The Java class name. */
  public String name() {
    return name;
  }

  public String tableName() {
    return tableName;
  }

  /** The name an importer read, or null when designed here. */
  public String sourceName() {
    return sourceName;
  }

  public String comment() {
    return comment;
  }

  public List<Attribute> attributes() {
    return Collections.unmodifiableList(attributes);
  }

  public List<Index> indexes() {
    return Collections.unmodifiableList(indexes);
  }

  public List<UniqueConstraint> uniqueConstraints() {
    return Collections.unmodifiableList(uniqueConstraints);
  }

  public List<CheckConstraint> checkConstraints() {
    return Collections.unmodifiableList(checkConstraints);
  }

  public Set<Trait> traits() {
    return Collections.unmodifiableSet(traits);
  }

  public Optional<Attribute> attribute(String attributeId) {
    for (Attribute a : attributes) {
      if (a.id().equals(attributeId)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  public int attributeIndex(String attributeId) {
    return ListsById.indexOf(attributes, attributeId, Attribute::id);
  }

  public Optional<Attribute> attributeByName(String fieldName) {
    return attributes.stream().filter(a -> a.name().equals(fieldName)).findFirst();
  }

  public List<Attribute> primaryKey() {
    List<Attribute> pk = new ArrayList<>(1);
    for (Attribute a : attributes) {
      if (a.primaryKey()) {
        pk.add(a);
      }
    }
    return pk;
  }

  @Mutator
  public void setName(String name) {
    this.name = name;
  }

  @Mutator
  public void setTableName(String tableName) {
    this.tableName = tableName;
  }

  @Mutator
  public void setSourceName(String sourceName) {
    this.sourceName = sourceName;
  }

  @Mutator
  public void setComment(String comment) {
    this.comment = comment;
  }

  @Mutator
  public void insertAttribute(int position, Attribute attribute) {
    attributes.add(position, attribute);
  }

  /** Puts a new value in place of the attribute with the same id; returns the old value. */
  @Mutator
  public Attribute replaceAttribute(Attribute attribute) {
    int i = attributeIndex(attribute.id());
    if (i < 0) {
      throw new IllegalArgumentException("no attribute " + attribute.id() + " in " + name);
    }
    return attributes.set(i, attribute);
  }

  @Mutator
  public Attribute removeAttribute(String attributeId) {
    int i = attributeIndex(attributeId);
    if (i < 0) {
      throw new IllegalArgumentException("no attribute " + attributeId + " in " + name);
    }
    return attributes.remove(i);
  }

  @Mutator
  public void putIndex(int position, Index index) {
    ListsById.replaceOrInsert(indexes, position, index, Index::id);
  }

  @Mutator
  public boolean removeIndex(String indexId) {
    return indexes.removeIf(i -> i.id().equals(indexId));
  }

  @Mutator
  public void putUniqueConstraint(int position, UniqueConstraint constraint) {
    ListsById.replaceOrInsert(uniqueConstraints, position, constraint, UniqueConstraint::id);
  }

  @Mutator
  public boolean removeUniqueConstraint(String constraintId) {
    return uniqueConstraints.removeIf(u -> u.id().equals(constraintId));
  }

  @Mutator
  public void putCheckConstraint(int position, CheckConstraint constraint) {
    ListsById.replaceOrInsert(checkConstraints, position, constraint, CheckConstraint::id);
  }

  @Mutator
  public boolean removeCheckConstraint(String constraintId) {
    return checkConstraints.removeIf(c -> c.id().equals(constraintId));
  }

  @Mutator
  public void setTrait(Trait trait, boolean on) {
    if (on) {
      traits.add(trait);
    } else {
      traits.remove(trait);
    }
  }

  @Override
  public String toString() {
    return name + "(" + tableName + ")";
  }
}
