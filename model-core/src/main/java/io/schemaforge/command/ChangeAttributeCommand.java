package io.schemaforge.command;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces an attribute with a changed value (any property: name, column, type, flags, ...). When a
 * primary key's type changes, the foreign keys that relationships manage for it follow, so a
 * relationship never silently points with the wrong type. Consecutive changes of the same attribute
 * merge, so typing a name is one undo step.
 */
public final class ChangeAttributeCommand implements Command {
  private final String entityId;
  private final Attribute after;
  private Attribute before;
  // foreign keys (entity id -> old value) that followed a primary key's type change
  private final Map<String, List<Attribute>> followersBefore = new LinkedHashMap<>();

  public ChangeAttributeCommand(String entityId, Attribute after) {
    this.entityId = entityId;
    this.after = after;
  }

  private ChangeAttributeCommand(String entityId, Attribute before, Attribute after) {
    this(entityId, after);
    this.before = before;
  }

  public Attribute after() {
    return after;
  }

  @Override
  public String description() {
    return "Change attribute " + after.name();
  }

  @Override
  public ChangeSet execute(Model model) {
    Entity entity = model.schema().requireEntity(entityId);
    Attribute old =
        entity
            .attribute(after.id())
            .orElseThrow(
                () ->
                    new IllegalArgumentException("no attribute " + after.id() + " in " + entityId));
    ChangeSet.Builder changes = new ChangeSet.Builder().entity(entityId);
    followersBefore.clear();
    if (old.primaryKey() && after.primaryKey() && typeChanged(old, after)) {
      for (Relationship r : model.schema().relationshipsOf(entityId)) {
        if (r.sourceEntityId().equals(entityId)) {
          followKey(model, r, changes);
        }
      }
    }
    entity.replaceAttribute(after);
    if (before == null) {
      before = old;
    }
    return changes.build();
  }

  private void followKey(Model model, Relationship r, ChangeSet.Builder changes) {
    Entity target = model.schema().requireEntity(r.targetEntityId());
    for (String fkId : r.foreignKeyAttributeIds()) {
      Optional<Attribute> fk =
          r.isSelfReferencing() && fkId.equals(after.id())
              ? Optional.empty()
              : target.attribute(fkId);
      if (fk.isPresent()) {
        followersBefore.computeIfAbsent(target.id(), k -> new ArrayList<>()).add(fk.get());
        target.replaceAttribute(
            fk.get().toBuilder()
                .type(after.type())
                .length(after.length())
                .precision(after.precision())
                .scale(after.scale())
                .build());
        changes.entity(target.id());
      }
    }
  }

  @Override
  public ChangeSet undo(Model model) {
    ChangeSet.Builder changes = new ChangeSet.Builder().entity(entityId);
    model.schema().requireEntity(entityId).replaceAttribute(before);
    followersBefore.forEach(
        (eid, olds) -> {
          Entity e = model.schema().requireEntity(eid);
          olds.forEach(e::replaceAttribute);
          changes.entity(eid);
        });
    return changes.build();
  }

  @Override
  public Optional<Command> mergeWith(Command next) {
    if (next instanceof ChangeAttributeCommand n
        && n.entityId.equals(entityId)
        && n.after.id().equals(after.id())
        && followersBefore.isEmpty()
        && n.followersBefore.isEmpty()) {
      return Optional.of(new ChangeAttributeCommand(entityId, before, n.after));
    }
    return Optional.empty();
  }

  private static boolean typeChanged(Attribute a, Attribute b) {
    return a.type() != b.type()
        || !java.util.Objects.equals(a.length(), b.length())
        || !java.util.Objects.equals(a.precision(), b.precision())
        || !java.util.Objects.equals(a.scale(), b.scale());
  }
}
