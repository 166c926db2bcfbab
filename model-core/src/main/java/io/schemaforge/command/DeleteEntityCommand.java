package io.schemaforge.command;

import io.schemaforge.model.Bounds;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes an entity with everything that cannot live without it: its relationships (and the foreign
 * keys they put on other entities), its place on the canvas and its group memberships.
 */
public final class DeleteEntityCommand implements Command {
  private final String entityId;
  private final List<DeleteRelationshipCommand> relationshipDeletions = new ArrayList<>();
  private Entity before;
  private int position;
  private Bounds bounds;
  private String color;
  private final Map<Integer, Group> groupsBefore = new LinkedHashMap<>();

  public DeleteEntityCommand(String entityId) {
    this.entityId = entityId;
  }

  /** What else goes when this entity goes: the relationships touching it (for the UI's warning). */
  public static List<Relationship> dependents(Model model, String entityId) {
    return model.schema().relationshipsOf(entityId);
  }

  @Override
  public String description() {
    return "Delete entity";
  }

  @Override
  public ChangeSet execute(Model model) {
    Entity entity = model.schema().requireEntity(entityId);
    ChangeSet.Builder changes = new ChangeSet.Builder();
    relationshipDeletions.clear();
    for (Relationship r : model.schema().relationshipsOf(entityId)) {
      DeleteRelationshipCommand d = new DeleteRelationshipCommand(r.id());
      changes.add(d.execute(model));
      relationshipDeletions.add(d);
    }
    position = model.schema().entityIndex(entityId);
    before = entity.copy();
    bounds = model.layout().bounds(entityId).orElse(null);
    color = model.layout().color(entityId).orElse(null);
    groupsBefore.clear();
    List<Group> groups = model.layout().groups();
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      if (g.entityIds().contains(entityId)) {
        groupsBefore.put(i, g);
        List<String> rest = new ArrayList<>(g.entityIds());
        rest.remove(entityId);
        model.layout().putGroup(i, new Group(g.id(), g.name(), g.color(), rest, g.bounds()));
      }
    }
    model.schema().removeEntity(entityId);
    model.layout().setBounds(entityId, null);
    model.layout().setColor(entityId, null);
    return changes.removed(entityId).layout().build();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.schema().insertEntity(position, before.copy());
    model.layout().setBounds(entityId, bounds);
    model.layout().setColor(entityId, color);
    groupsBefore.forEach((i, g) -> model.layout().putGroup(i, g));
    ChangeSet.Builder changes = new ChangeSet.Builder().entity(entityId).layout();
    for (int i = relationshipDeletions.size() - 1; i >= 0; i--) {
      changes.add(relationshipDeletions.get(i).undo(model));
    }
    return changes.build();
  }
}
