package io.schemaforge.codegen.java;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Relationship;

/**
 * One navigable end of a relationship, seen from the entity that has the property.
 *
 * @param property the Java property on this entity ({@code author}, {@code posts})
 * @param other the entity at the other end
 * @param otherProperty the property at the other end pointing back, or null when the other end is
 *     not navigable (then there is no other side to keep in step)
 * @param foreignKey for a to-one owner, this entity's foreign-key attribute that the association
 *     maps; null otherwise
 * @param ownerIsSource for a many-to-many owner, whether this entity is the relationship's source
 *     (its key is in the join table's source column)
 */
record Association(
    Kind kind,
    String property,
    Entity other,
    String otherProperty,
    Relationship relationship,
    Attribute foreignKey,
    boolean ownerIsSource) {

  /** How this end is mapped. */
  enum Kind {
    /** The owning side of a one-to-many: {@code @ManyToOne} with the foreign key. */
    MANY_TO_ONE,
    /** The inverse side of a one-to-many: {@code @OneToMany(mappedBy)}. */
    ONE_TO_MANY,
    /** The owning side of a one-to-one: {@code @OneToOne} with the (unique) foreign key. */
    ONE_TO_ONE_OWNER,
    /** The inverse side of a one-to-one: {@code @OneToOne(mappedBy)}. */
    ONE_TO_ONE_INVERSE,
    /** The side of a many-to-many that carries the {@code @JoinTable}. */
    MANY_TO_MANY_OWNER,
    /** The other side of a many-to-many: {@code @ManyToMany(mappedBy)}. */
    MANY_TO_MANY_INVERSE
  }

  boolean isCollection() {
    return kind == Kind.ONE_TO_MANY
        || kind == Kind.MANY_TO_MANY_OWNER
        || kind == Kind.MANY_TO_MANY_INVERSE;
  }

  /** A to-one end holding the foreign key: DTOs carry its id, mappers resolve it. */
  boolean isToOneOwner() {
    return kind == Kind.MANY_TO_ONE || kind == Kind.ONE_TO_ONE_OWNER;
  }
}
