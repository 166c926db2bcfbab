package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.UniqueConstraint;

/** Adds a unique constraint to an entity, or replaces the one with the same id (a change). */
public final class PutUniqueConstraintCommand extends EntitySnapshotCommand {
  private final UniqueConstraint value;

  public PutUniqueConstraintCommand(String entityId, UniqueConstraint value) {
    super(entityId);
    this.value = value;
  }

  @Override
  public String description() {
    return "Edit unique constraint";
  }

  @Override
  protected void apply(Entity entity, Model model) {
    entity.putUniqueConstraint(entity.uniqueConstraints().size(), value);
  }
}
