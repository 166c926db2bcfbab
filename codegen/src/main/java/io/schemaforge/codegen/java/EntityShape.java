package io.schemaforge.codegen.java;

import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Trait;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An entity as the Java generators see it: its id attribute (or, for a composite key, its key
 * attributes, mapped with {@code @IdClass}: see {@link IdClassGenerator}), its table as the
 * migrations create it, its navigable associations, and the foreign-key attributes those
 * associations map (which are then not plain fields of the entity).
 */
final class EntityShape {
  private final Entity entity;
  private final DbTable table;
  private final List<Attribute> key;
  private final List<Association> associations = new ArrayList<>();

  EntityShape(Entity entity, DbTable table) {
    this.entity = entity;
    this.table = table;
    List<Attribute> pk = entity.primaryKey();
    if (pk.isEmpty()) {
      throw new IllegalArgumentException(
          "Entity " + entity.name() + " has no primary key; the Java export needs one");
    }
    this.key = List.copyOf(pk);
  }

  Entity entity() {
    return entity;
  }

  DbTable table() {
    return table;
  }

  /** The single id attribute; only for an entity without a composite key. */
  Attribute id() {
    if (composite()) {
      throw new IllegalStateException(entity.name() + " has a composite key");
    }
    return key.get(0);
  }

  /** The primary-key attributes in key order: one, or several for a composite key. */
  List<Attribute> key() {
    return key;
  }

  /** Whether the key has several columns, mapped with {@code @IdClass}. */
  boolean composite() {
    return key.size() > 1;
  }

  void add(Association a) {
    associations.add(a);
  }

  List<Association> associations() {
    return Collections.unmodifiableList(associations);
  }

  /** The to-one association that maps this foreign-key attribute, if any. */
  Optional<Association> associationOf(Attribute attribute) {
    return associations.stream()
        .filter(a -> a.isToOneOwner() && a.foreignKey().id().equals(attribute.id()))
        .findFirst();
  }

  /** Many-to-many ends that carry the join table: DTOs carry their ids. */
  List<Association> manyToManyOwners() {
    return associations.stream()
        .filter(a -> a.kind() == Association.Kind.MANY_TO_MANY_OWNER)
        .toList();
  }

  /**
   * Traits that come from a {@code @MappedSuperclass}. The version is a field of the entity itself,
   * so that the common pairing of timestamps and version needs no combined base class.
   */
  Set<Trait> superclassTraits() {
    EnumSet<Trait> s = EnumSet.noneOf(Trait.class);
    s.addAll(entity.traits());
    s.remove(Trait.VERSION);
    return s;
  }

  boolean versioned() {
    return entity.traits().contains(Trait.VERSION);
  }
}
