package io.schemaforge.app.ui.canvas;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What is selected on the canvas: any number of entities (one of them the primary, the one the
 * inspector shows), or one relationship, note or group. Selecting a relationship, note or group
 * clears the entities and the other way round, so the inspector always has one thing to show.
 */
public final class CanvasSelection {
  private final Set<String> entities = new LinkedHashSet<>();
  private final ReadOnlyObjectWrapper<String> primaryEntity =
      new ReadOnlyObjectWrapper<>(this, "primaryEntity");
  private final ReadOnlyObjectWrapper<String> relationship =
      new ReadOnlyObjectWrapper<>(this, "relationship");
  private final ReadOnlyObjectWrapper<String> note = new ReadOnlyObjectWrapper<>(this, "note");
  private final ReadOnlyObjectWrapper<String> group = new ReadOnlyObjectWrapper<>(this, "group");
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

  /** Selects exactly one entity (or nothing when null). */
  public void selectEntity(String entityId) {
    selectEntities(entityId == null ? List.of() : List.of(entityId));
  }

  /** Selects exactly these entities; the last one becomes the primary. */
  public void selectEntities(Collection<String> entityIds) {
    clearAll();
    entities.addAll(entityIds);
    String last = null;
    for (String id : entities) {
      last = id;
    }
    primaryEntity.set(last);
    changed();
  }

  /** Adds an entity to the selection or takes it out (shift or ctrl click). */
  public void toggleEntity(String entityId) {
    relationship.set(null);
    note.set(null);
    group.set(null);
    if (entities.remove(entityId)) {
      if (entityId.equals(primaryEntity.get())) {
        primaryEntity.set(
            entities.isEmpty() ? null : List.copyOf(entities).get(entities.size() - 1));
      }
    } else {
      entities.add(entityId);
      primaryEntity.set(entityId);
    }
    changed();
  }

  public void selectRelationship(String relationshipId) {
    clearAll();
    relationship.set(relationshipId);
    changed();
  }

  public void selectNote(String noteId) {
    clearAll();
    note.set(noteId);
    changed();
  }

  public void selectGroup(String groupId) {
    clearAll();
    group.set(groupId);
    changed();
  }

  public void clear() {
    if (!isEmpty()) {
      clearAll();
      changed();
    }
  }

  /** Drops ids that no longer exist (after a delete or an undo). */
  public void retain(Set<String> existingEntities, Set<String> existingOthers) {
    boolean changedAny = entities.retainAll(existingEntities);
    if (primaryEntity.get() != null && !entities.contains(primaryEntity.get())) {
      primaryEntity.set(entities.isEmpty() ? null : List.copyOf(entities).get(entities.size() - 1));
      changedAny = true;
    }
    for (ReadOnlyObjectWrapper<String> p : List.of(relationship, note, group)) {
      if (p.get() != null && !existingOthers.contains(p.get())) {
        p.set(null);
        changedAny = true;
      }
    }
    if (changedAny) {
      changed();
    }
  }

  private void clearAll() {
    entities.clear();
    primaryEntity.set(null);
    relationship.set(null);
    note.set(null);
    group.set(null);
  }

  private void changed() {
    revision.set(revision.get() + 1);
  }

  public boolean isEmpty() {
    return entities.isEmpty()
        && relationship.get() == null
        && note.get() == null
        && group.get() == null;
  }

  public boolean containsEntity(String entityId) {
    return entities.contains(entityId);
  }

  /** The selected entities in the order they were selected. */
  public Set<String> entities() {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(entities));
  }

  /** The entity the inspector shows: the one selected last. */
  public ReadOnlyObjectProperty<String> primaryEntityProperty() {
    return primaryEntity.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<String> relationshipProperty() {
    return relationship.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<String> noteProperty() {
    return note.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<String> groupProperty() {
    return group.getReadOnlyProperty();
  }

  /** Increases on every selection change: what views redraw and refresh on. */
  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }
}
