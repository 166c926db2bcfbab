package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;

/** Deletes a unique constraint from an entity. */
public final class DeleteUniqueConstraintCommand extends EntitySnapshotCommand {
  private final String elementId;

  public DeleteUniqueConstraintCommand(String entityId, String elementId) {
    super(entityId);
    this.elementId = elementId;
  }

  @Override
  public String description() {
    return "Delete unique constraint";
  }

  @Override
  protected void apply(Entity entity, Model model) {
    if (!entity.removeUniqueConstraint(elementId)) {
      throw new IllegalArgumentException(
          "no unique constraint " + elementId + " in " + entity.name());
    }
  }
}
