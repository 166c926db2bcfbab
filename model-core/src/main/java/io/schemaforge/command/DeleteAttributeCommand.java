package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import java.util.Optional;

/**
 * Deletes an attribute and drops it from the entity's indexes and unique constraints. Deleting a
 * foreign key that a relationship manages deletes that relationship, since one cannot live without
 * the other.
 */
public final class DeleteAttributeCommand implements Command {
  private final String entityId;
  private final String attributeId;
  private Command done;

  public DeleteAttributeCommand(String entityId, String attributeId) {
    this.entityId = entityId;
    this.attributeId = attributeId;
  }

  @Override
  public String description() {
    return "Delete attribute";
  }

  @Override
  public ChangeSet execute(Model model) {
    Optional<Relationship> owner = model.schema().relationshipManaging(entityId, attributeId);
    done =
        owner.isPresent()
            ? new DeleteRelationshipCommand(owner.get().id())
            : new RemoveAttribute(entityId, attributeId);
    return done.execute(model);
  }

  @Override
  public ChangeSet undo(Model model) {
    return done.undo(model);
  }

  private static final class RemoveAttribute extends EntitySnapshotCommand {
    private final String attributeId;

    RemoveAttribute(String entityId, String attributeId) {
      super(entityId);
      this.attributeId = attributeId;
    }

    @Override
    public String description() {
      return "Delete attribute";
    }

    @Override
    protected void apply(Entity entity, Model model) {
      entity.removeAttribute(attributeId);
      EntityEdits.dropAttributeReferences(entity, attributeId);
    }
  }
}
