package io.schemaforge.command;

import io.schemaforge.model.Group;
import io.schemaforge.model.Model;

/** Deletes a group; its entities stay. */
public final class DeleteGroupCommand implements Command {
  private final String groupId;
  private Group before;
  private int position;

  public DeleteGroupCommand(String groupId) {
    this.groupId = groupId;
  }

  @Override
  public String description() {
    return "Delete group";
  }

  @Override
  public ChangeSet execute(Model model) {
    position = model.layout().groupIndex(groupId);
    if (position < 0) {
      throw new IllegalArgumentException("no group " + groupId);
    }
    before = model.layout().groups().get(position);
    model.layout().removeGroup(groupId);
    return ChangeSet.layoutOnly();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.layout().putGroup(position, before);
    return ChangeSet.layoutOnly();
  }
}
