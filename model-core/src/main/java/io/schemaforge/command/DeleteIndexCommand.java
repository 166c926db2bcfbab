package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;

/** Deletes a index from an entity. */
public final class DeleteIndexCommand extends EntitySnapshotCommand {
  private final String elementId;

  public DeleteIndexCommand(String entityId, String elementId) {
    super(entityId);
    this.elementId = elementId;
  }

  @Override
  public String description() {
    return "Delete index";
  }

  @Override
  protected void apply(Entity entity, Model model) {
    if (!entity.removeIndex(elementId)) {
      throw new IllegalArgumentException("no index " + elementId + " in " + entity.name());
    }
  }
}
