package io.schemaforge.command;

import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;

/** Adds a check constraint to an entity, or replaces the one with the same id (a change). */
public final class PutCheckConstraintCommand extends EntitySnapshotCommand {
  private final CheckConstraint value;

  public PutCheckConstraintCommand(String entityId, CheckConstraint value) {
    super(entityId);
    this.value = value;
  }

  @Override
  public String description() {
    return "Edit check constraint";
  }

  @Override
  protected void apply(Entity entity, Model model) {
    entity.putCheckConstraint(entity.checkConstraints().size(), value);
  }
}
