package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;

/** Deletes a check constraint from an entity. */
public final class DeleteCheckConstraintCommand extends EntitySnapshotCommand {
  private final String elementId;

  public DeleteCheckConstraintCommand(String entityId, String elementId) {
    super(entityId);
    this.elementId = elementId;
  }

  @Override
  public String description() {
    return "Delete check constraint";
  }

  @Override
  protected void apply(Entity entity, Model model) {
    if (!entity.removeCheckConstraint(elementId)) {
      throw new IllegalArgumentException(
          "no check constraint " + elementId + " in " + entity.name());
    }
  }
}
