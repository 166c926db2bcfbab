package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;

/** Deletes a relationship together with the foreign-key attributes and indexes it manages. */
public final class DeleteRelationshipCommand implements Command {
  private final String relationshipId;
  private Relationship before;
  private int position;
  private Entity targetBefore;

  public DeleteRelationshipCommand(String relationshipId) {
    this.relationshipId = relationshipId;
  }

  @Override
  public String description() {
    return "Delete relationship";
  }

  @Override
  public ChangeSet execute(Model model) {
    Relationship r = model.schema().requireRelationship(relationshipId);
    Entity target = model.schema().requireEntity(r.targetEntityId());
    targetBefore = target.copy();
    position = model.schema().relationshipIndex(relationshipId);
    before = r;
    model.schema().removeRelationship(relationshipId);
    ForeignKeys.remove(target, r);
    return new ChangeSet.Builder()
        .removed(relationshipId)
        .entity(r.sourceEntityId())
        .entity(r.targetEntityId())
        .build();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.schema().replaceEntity(targetBefore.copy());
    model.schema().putRelationship(position, before);
    return new ChangeSet.Builder()
        .relationship(relationshipId)
        .entity(before.sourceEntityId())
        .entity(before.targetEntityId())
        .build();
  }
}
