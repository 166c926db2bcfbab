package io.schemaforge.command;

import io.schemaforge.model.Group;
import io.schemaforge.model.Model;

/** Adds a group (subject area), or changes the one with the same id (name, colour, members). */
public final class PutGroupCommand implements Command {
  private final Group group;
  private Group before;

  public PutGroupCommand(Group group) {
    this.group = group;
  }

  @Override
  public String description() {
    return "Edit group " + group.name();
  }

  @Override
  public ChangeSet execute(Model model) {
    for (String id : group.entityIds()) {
      model.schema().requireEntity(id);
    }
    int i = model.layout().groupIndex(group.id());
    before = i < 0 ? null : model.layout().groups().get(i);
    model.layout().putGroup(model.layout().groups().size(), group);
    return ChangeSet.layoutOnly();
  }

  @Override
  public ChangeSet undo(Model model) {
    if (before == null) {
      model.layout().removeGroup(group.id());
    } else {
      model.layout().putGroup(0, before);
    }
    return ChangeSet.layoutOnly();
  }
}
