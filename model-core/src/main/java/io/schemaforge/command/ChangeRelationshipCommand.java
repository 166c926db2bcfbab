package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Ids;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.util.List;

/**
 * Changes a relationship's kind, navigation names, required flag, ON DELETE action or join table,
 * and keeps its foreign keys in step: required makes them NOT NULL, 1:1 makes them unique, a switch
 * to N:M replaces them by a join table and back. The two ends cannot change; delete and reconnect
 * for that.
 */
public final class ChangeRelationshipCommand implements Command {
  private final Relationship after;
  private final String foreignKeyId = Ids.newId("att");
  private final String indexId = Ids.newId("idx");
  private Relationship before;
  private Entity targetBefore;

  public ChangeRelationshipCommand(Relationship after) {
    this.after = after;
  }

  @Override
  public String description() {
    return "Change relationship";
  }

  @Override
  public ChangeSet execute(Model model) {
    Relationship old = model.schema().requireRelationship(after.id());
    if (!old.sourceEntityId().equals(after.sourceEntityId())
        || !old.targetEntityId().equals(after.targetEntityId())) {
      throw new IllegalArgumentException("a relationship's ends cannot change");
    }
    Entity source = model.schema().requireEntity(old.sourceEntityId());
    Entity target = model.schema().requireEntity(old.targetEntityId());
    Entity snapshot = target.copy();
    boolean wasJoin = old.kind() == RelationshipKind.MANY_TO_MANY;
    boolean isJoin = after.kind() == RelationshipKind.MANY_TO_MANY;
    Relationship r;
    if (isJoin) {
      ForeignKeys.remove(target, old);
      r =
          after
              .withForeignKeyAttributeIds(List.of())
              .withJoinTable(
                  after.joinTable() != null
                      ? after.joinTable()
                      : ForeignKeys.defaultJoinTable(source, target));
    } else if (wasJoin) {
      r = after.withForeignKeyAttributeIds(List.of(foreignKeyId)).withJoinTable(null);
      ForeignKeys.create(source, target, r, foreignKeyId, indexId);
    } else {
      r = after.withForeignKeyAttributeIds(old.foreignKeyAttributeIds()).withJoinTable(null);
      ForeignKeys.update(target, r);
    }
    model.schema().putRelationship(0, r);
    before = old;
    targetBefore = snapshot;
    return new ChangeSet.Builder()
        .relationship(r.id())
        .entity(source.id())
        .entity(target.id())
        .build();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.schema().replaceEntity(targetBefore.copy());
    model.schema().putRelationship(0, before);
    return new ChangeSet.Builder()
        .relationship(before.id())
        .entity(before.sourceEntityId())
        .entity(before.targetEntityId())
        .build();
  }
}
