package io.schemaforge.command;

import io.schemaforge.model.Model;

/** Sets or (with null) clears a card's colour. */
public final class SetEntityColorCommand implements Command {
  private final String entityId;
  private final String color;
  private String before;

  public SetEntityColorCommand(String entityId, String color) {
    this.entityId = entityId;
    this.color = color;
  }

  @Override
  public String description() {
    return "Change colour";
  }

  @Override
  public ChangeSet execute(Model model) {
    model.schema().requireEntity(entityId);
    before = model.layout().color(entityId).orElse(null);
    model.layout().setColor(entityId, color);
    return ChangeSet.layoutOnly();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.layout().setColor(entityId, before);
    return ChangeSet.layoutOnly();
  }
}
