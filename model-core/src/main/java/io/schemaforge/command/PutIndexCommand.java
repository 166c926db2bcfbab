package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Index;
import io.schemaforge.model.Model;

/** Adds a index to an entity, or replaces the one with the same id (a change). */
public final class PutIndexCommand extends EntitySnapshotCommand {
  private final Index value;

  public PutIndexCommand(String entityId, Index value) {
    super(entityId);
    this.value = value;
  }

  @Override
  public String description() {
    return "Edit index";
  }

  @Override
  protected void apply(Entity entity, Model model) {
    entity.putIndex(entity.indexes().size(), value);
  }
}
