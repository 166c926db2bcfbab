package io.schemaforge.command;

import io.schemaforge.model.Bounds;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import java.util.Optional;

/** Resizes a card; successive steps of one resize gesture merge. */
public final class ResizeEntityCommand implements Command {
  private final String entityId;
  private final double width;
  private final double height;
  private Bounds before;
  private boolean captured;

  public ResizeEntityCommand(String entityId, double width, double height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a card needs a positive size");
    }
    this.entityId = entityId;
    this.width = width;
    this.height = height;
  }

  @Override
  public String description() {
    return "Resize entity";
  }

  @Override
  public ChangeSet execute(Model model) {
    model.schema().requireEntity(entityId);
    Bounds old = model.layout().bounds(entityId).orElse(null);
    Bounds base = old != null ? old : new Bounds(0, 0, Layout.DEFAULT_WIDTH, Layout.DEFAULT_HEIGHT);
    model.layout().setBounds(entityId, new Bounds(base.x(), base.y(), width, height));
    if (!captured) {
      before = old;
      captured = true;
    }
    return ChangeSet.layoutOnly();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.layout().setBounds(entityId, before);
    return ChangeSet.layoutOnly();
  }

  @Override
  public Optional<Command> mergeWith(Command next) {
    if (next instanceof ResizeEntityCommand n && n.entityId.equals(entityId)) {
      ResizeEntityCommand merged = new ResizeEntityCommand(entityId, n.width, n.height);
      merged.before = before;
      merged.captured = true;
      return Optional.of(merged);
    }
    return Optional.empty();
  }
}
