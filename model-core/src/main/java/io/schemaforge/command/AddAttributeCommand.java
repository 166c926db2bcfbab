package io.schemaforge.command;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;

/** Adds an attribute to an entity at a position (or at the end when the position is -1). */
public final class AddAttributeCommand extends EntitySnapshotCommand {
  private final int position;
  private final Attribute attribute;

  public AddAttributeCommand(String entityId, int position, Attribute attribute) {
    super(entityId);
    this.position = position;
    this.attribute = attribute;
  }

  @Override
  public String description() {
    return "Add attribute " + attribute.name();
  }

  @Override
  protected void apply(Entity entity, Model model) {
    if (entity.attribute(attribute.id()).isPresent()) {
      throw new IllegalArgumentException("attribute id " + attribute.id() + " already exists");
    }
    int size = entity.attributes().size();
    entity.insertAttribute(position < 0 || position > size ? size : position, attribute);
  }
}
