package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;

/**
 * Adds a relationship whose foreign-key attributes already exist on the target, as an importer
 * finds them: a foreign key read from a database is a relationship over columns the table already
 * has. Unlike {@link AddRelationshipCommand} it creates no attribute and no index; it refuses
 * attribute ids that point nowhere, so the model never holds a dangling key.
 */
public final class AddRelationshipOnKeysCommand implements Command {
  private final Relationship relationship;

  public AddRelationshipOnKeysCommand(Relationship relationship) {
    this.relationship = relationship;
  }

  public String relationshipId() {
    return relationship.id();
  }

  @Override
  public String description() {
    return "Add relationship";
  }

  @Override
  public ChangeSet execute(Model model) {
    model.schema().requireEntity(relationship.sourceEntityId());
    Entity target = model.schema().requireEntity(relationship.targetEntityId());
    if (model.schema().relationship(relationship.id()).isPresent()) {
      throw new IllegalArgumentException("relationship " + relationship.id() + " already exists");
    }
    if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
      if (relationship.joinTable() == null || !relationship.foreignKeyAttributeIds().isEmpty()) {
        throw new IllegalArgumentException("a many-to-many needs a join table and no key columns");
      }
    } else {
      if (relationship.foreignKeyAttributeIds().isEmpty()) {
        throw new IllegalArgumentException("relationship " + relationship.id() + " has no key");
      }
      for (String id : relationship.foreignKeyAttributeIds()) {
        if (target.attribute(id).isEmpty()) {
          throw new IllegalArgumentException("no attribute " + id + " in " + target.name());
        }
      }
    }
    model.schema().putRelationship(model.schema().relationships().size(), relationship);
    return new ChangeSet.Builder()
        .relationship(relationship.id())
        .entity(relationship.sourceEntityId())
        .entity(relationship.targetEntityId())
        .build();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.schema().removeRelationship(relationship.id());
    return new ChangeSet.Builder()
        .removed(relationship.id())
        .entity(relationship.sourceEntityId())
        .entity(relationship.targetEntityId())
        .build();
  }
}
