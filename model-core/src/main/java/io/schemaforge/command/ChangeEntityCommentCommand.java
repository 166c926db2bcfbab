package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;

/** Sets or clears an entity's comment (carried into the table comment). */
public final class ChangeEntityCommentCommand extends EntitySnapshotCommand {
  private final String comment;

  public ChangeEntityCommentCommand(String entityId, String comment) {
    super(entityId);
    this.comment = comment;
  }

  @Override
  public String description() {
    return "Change comment";
  }

  @Override
  protected void apply(Entity entity, Model model) {
    entity.setComment(comment == null || comment.isBlank() ? null : comment);
  }
}
