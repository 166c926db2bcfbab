package io.schemaforge.model;

import java.util.List;

/**
 * A relationship between two entities (or an entity and itself). Immutable; a change replaces it.
 *
 * <p>Read from source to target: for {@link RelationshipKind#ONE_TO_MANY} the source is the "one"
 * side (a User) and the target the "many" side (its Posts), which holds the foreign key. For {@link
 * RelationshipKind#ONE_TO_ONE} the target holds the (unique) foreign key. For {@link
 * RelationshipKind#MANY_TO_MANY} neither entity holds a key; the {@link JoinTable} does.
 *
 * @param foreignKeyAttributeIds attributes of the target that this relationship manages (empty for
 *     many-to-many)
 * @param sourceNavigation property on the source pointing at the target(s) ({@code posts}), or null
 *     when not navigable from the source
 * @param targetNavigation property on the target pointing at the source ({@code author}), or null
 *     when not navigable from the target
 * @param required whether the target must reference a source (NOT NULL foreign key)
 */
public record Relationship(
    String id,
    RelationshipKind kind,
    String sourceEntityId,
    String targetEntityId,
    List<String> foreignKeyAttributeIds,
    JoinTable joinTable,
    String sourceNavigation,
    String targetNavigation,
    boolean required,
    OnDelete onDelete) {

  public Relationship {
    foreignKeyAttributeIds = List.copyOf(foreignKeyAttributeIds);
    onDelete = onDelete == null ? OnDelete.NO_ACTION : onDelete;
  }

  public boolean isSelfReferencing() {
    return sourceEntityId.equals(targetEntityId);
  }

  public boolean touches(String entityId) {
    return sourceEntityId.equals(entityId) || targetEntityId.equals(entityId);
  }

  public Relationship withKind(RelationshipKind k) {
    return new Relationship(
        id,
        k,
        sourceEntityId,
        targetEntityId,
        foreignKeyAttributeIds,
        joinTable,
        sourceNavigation,
        targetNavigation,
        required,
        onDelete);
  }

  public Relationship withForeignKeyAttributeIds(List<String> ids) {
    return new Relationship(
        id,
        kind,
        sourceEntityId,
        targetEntityId,
        ids,
        joinTable,
        sourceNavigation,
        targetNavigation,
        required,
        onDelete);
  }

  public Relationship withJoinTable(JoinTable jt) {
    return new Relationship(
        id,
        kind,
        sourceEntityId,
        targetEntityId,
        foreignKeyAttributeIds,
        jt,
        sourceNavigation,
        targetNavigation,
        required,
        onDelete);
  }

  public Relationship withNavigation(String sourceNav, String targetNav) {
    return new Relationship(
        id,
        kind,
        sourceEntityId,
        targetEntityId,
        foreignKeyAttributeIds,
        joinTable,
        sourceNav,
        targetNav,
        required,
        onDelete);
  }

  public Relationship withRequired(boolean r) {
    return new Relationship(
        id,
        kind,
        sourceEntityId,
        targetEntityId,
        foreignKeyAttributeIds,
        joinTable,
        sourceNavigation,
        targetNavigation,
        r,
        onDelete);
  }

  public Relationship withOnDelete(OnDelete od) {
    return new Relationship(
        id,
        kind,
        sourceEntityId,
        targetEntityId,
        foreignKeyAttributeIds,
        joinTable,
        sourceNavigation,
        targetNavigation,
        required,
        od);
  }
}
