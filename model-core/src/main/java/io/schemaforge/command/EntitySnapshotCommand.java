package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;

/**
 * Base for edits confined to one entity: it remembers the entity as it was and puts that copy back
 * on undo. An entity holds a few dozen immutable values, so the copy costs microseconds and makes
 * undo exact by construction.
 */
abstract class EntitySnapshotCommand implements Command {
  protected final String entityId;
  private Entity before;

  EntitySnapshotCommand(String entityId) {
    this.entityId = entityId;
  }

  /** Changes the entity; throws before changing anything when the edit is impossible. */
  protected abstract void apply(Entity entity, Model model);

  @Override
  public final ChangeSet execute(Model model) {
    Entity entity = model.schema().requireEntity(entityId);
    Entity snapshot = entity.copy();
    apply(entity, model);
    before = snapshot;
    return ChangeSet.entity(entityId);
  }

  @Override
  public final ChangeSet undo(Model model) {
    model.schema().replaceEntity(before.copy());
    return ChangeSet.entity(entityId);
  }
}
