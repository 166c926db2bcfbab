package io.schemaforge.command;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;

/** Moves an attribute to another position within its entity (reorder). */
public final class MoveAttributeCommand extends EntitySnapshotCommand {
  private final String attributeId;
  private final int newPosition;

  public MoveAttributeCommand(String entityId, String attributeId, int newPosition) {
    super(entityId);
    this.attributeId = attributeId;
    this.newPosition = newPosition;
  }

  @Override
  public String description() {
    return "Reorder attribute";
  }

  @Override
  protected void apply(Entity entity, Model model) {
    if (newPosition < 0 || newPosition >= entity.attributes().size()) {
      throw new IllegalArgumentException("position " + newPosition + " out of range");
    }
    Attribute a = entity.removeAttribute(attributeId);
    entity.insertAttribute(newPosition, a);
  }
}
