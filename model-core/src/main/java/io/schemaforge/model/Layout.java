package io.schemaforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where things are drawn, kept apart from the schema so moving a box is never a schema change. */
public final class Layout {
  public static final double DEFAULT_WIDTH = 220;
  public static final double DEFAULT_HEIGHT = 120;

  private final Map<String, Bounds> entityBounds = new HashMap<>();
  private final Map<String, String> entityColors = new HashMap<>();
  private final List<Note> notes = new ArrayList<>();
  private final List<Group> groups = new ArrayList<>();

  /** A copy that shares nothing mutable with this layout (its values are immutable records). */
  public Layout copy() {
    Layout c = new Layout();
    c.entityBounds.putAll(entityBounds);
    c.entityColors.putAll(entityColors);
    c.notes.addAll(notes);
    c.groups.addAll(groups);
    return c;
  }

  public Optional<Bounds> bounds(String entityId) {
    return Optional.ofNullable(entityBounds.get(entityId));
  }

  public Map<String, Bounds> allEntityBounds() {
    return Collections.unmodifiableMap(entityBounds);
  }

  public Optional<String> color(String entityId) {
    return Optional.ofNullable(entityColors.get(entityId));
  }

  public Map<String, String> allEntityColors() {
    return Collections.unmodifiableMap(entityColors);
  }

  public List<Note> notes() {
    return Collections.unmodifiableList(notes);
  }

  public List<Group> groups() {
    return Collections.unmodifiableList(groups);
  }

  /** Sets or (with null) clears an entity's bounds. */
  @Mutator
  public void setBounds(String entityId, Bounds bounds) {
    if (bounds == null) {
      entityBounds.remove(entityId);
    } else {
      entityBounds.put(entityId, bounds);
    }
  }

  @Mutator
  public void setColor(String entityId, String color) {
    if (color == null) {
      entityColors.remove(entityId);
    } else {
      entityColors.put(entityId, color);
    }
  }

  @Mutator
  public void putNote(int position, Note note) {
    ListsById.replaceOrInsert(notes, position, note, Note::id);
  }

  @Mutator
  public boolean removeNote(String noteId) {
    return notes.removeIf(n -> n.id().equals(noteId));
  }

  @Mutator
  public void putGroup(int position, Group group) {
    ListsById.replaceOrInsert(groups, position, group, Group::id);
  }

  @Mutator
  public boolean removeGroup(String groupId) {
    return groups.removeIf(g -> g.id().equals(groupId));
  }

  public int noteIndex(String noteId) {
    return ListsById.indexOf(notes, noteId, Note::id);
  }

  public int groupIndex(String groupId) {
    return ListsById.indexOf(groups, groupId, Group::id);
  }
}
