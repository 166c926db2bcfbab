package io.schemaforge.command;

import io.schemaforge.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Several commands as one undo step (paste, import, "relationship + foreign key + index"). If a
 * part fails, the parts already done are undone, so the model is never left half-changed.
 */
public final class CompositeCommand implements Command {
  private final String description;
  private final List<Command> parts;

  public CompositeCommand(String description, List<? extends Command> parts) {
    this.description = description;
    this.parts = List.copyOf(parts);
  }

  public List<Command> parts() {
    return parts;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public ChangeSet execute(Model model) {
    ChangeSet.Builder changes = new ChangeSet.Builder();
    List<Command> done = new ArrayList<>();
    try {
      for (Command part : parts) {
        changes.add(part.execute(model));
        done.add(part);
      }
    } catch (RuntimeException e) {
      for (int i = done.size() - 1; i >= 0; i--) {
        done.get(i).undo(model);
      }
      throw e;
    }
    return changes.build();
  }

  @Override
  public ChangeSet undo(Model model) {
    ChangeSet.Builder changes = new ChangeSet.Builder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      changes.add(parts.get(i).undo(model));
    }
    return changes.build();
  }
}
