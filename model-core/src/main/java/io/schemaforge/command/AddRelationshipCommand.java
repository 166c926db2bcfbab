package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Ids;
import io.schemaforge.model.Model;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.naming.Names;
import java.util.List;

/**
 * Connects two entities (or an entity with itself) and, in the same undo step, creates what the
 * relationship needs: the foreign-key attribute and its index on the target for 1:1 and 1:N, the
 * join table for N:M.
 */
public final class AddRelationshipCommand implements Command {
  private final Relationship template;
  // Ids are fixed at construction so that redo recreates the very same elements.
  private final String foreignKeyId = Ids.newId("att");
  private final String indexId = Ids.newId("idx");
  private Entity targetBefore;

  /**
   * @param template the relationship; its foreign-key ids and (for N:M, when null) join table are
   *     filled in by the command
   */
  public AddRelationshipCommand(Relationship template) {
    this.template = template;
  }

  /**
   * A relationship with the navigation names a developer would pick: {@code User 1:N Post} gives
   * {@code user.posts} and {@code post.user}; a self reference gives {@code parent} and {@code
   * children}.
   */
  public static AddRelationshipCommand between(
      Model model, RelationshipKind kind, String sourceId, String targetId) {
    Entity source = model.schema().requireEntity(sourceId);
    Entity target = model.schema().requireEntity(targetId);
    String sourceNav;
    String targetNav;
    if (sourceId.equals(targetId)) {
      sourceNav = kind == RelationshipKind.ONE_TO_ONE ? "next" : "children";
      targetNav = kind == RelationshipKind.ONE_TO_ONE ? "previous" : "parent";
      if (kind == RelationshipKind.MANY_TO_MANY) {
        sourceNav = "related";
        targetNav = "relatedBy";
      }
    } else {
      String t = Names.lowerCamel(target.name());
      String s = Names.lowerCamel(source.name());
      sourceNav = kind == RelationshipKind.ONE_TO_ONE ? t : Names.plural(t);
      targetNav = kind == RelationshipKind.MANY_TO_MANY ? Names.plural(s) : s;
    }
    return new AddRelationshipCommand(
        new Relationship(
            Ids.newId("rel"),
            kind,
            sourceId,
            targetId,
            List.of(),
            null,
            sourceNav,
            targetNav,
            false,
            OnDelete.NO_ACTION));
  }

  public String relationshipId() {
    return template.id();
  }

  @Override
  public String description() {
    return "Add relationship";
  }

  @Override
  public ChangeSet execute(Model model) {
    Entity source = model.schema().requireEntity(template.sourceEntityId());
    Entity target = model.schema().requireEntity(template.targetEntityId());
    if (model.schema().relationship(template.id()).isPresent()) {
      throw new IllegalArgumentException("relationship " + template.id() + " already exists");
    }
    Entity snapshot = target.copy();
    Relationship r;
    if (template.kind() == RelationshipKind.MANY_TO_MANY) {
      r =
          template
              .withForeignKeyAttributeIds(List.of())
              .withJoinTable(
                  template.joinTable() != null
                      ? template.joinTable()
                      : ForeignKeys.defaultJoinTable(source, target));
    } else {
      r = template.withForeignKeyAttributeIds(List.of(foreignKeyId)).withJoinTable(null);
      ForeignKeys.create(source, target, r, foreignKeyId, indexId);
    }
    model.schema().putRelationship(model.schema().relationships().size(), r);
    targetBefore = snapshot;
    return new ChangeSet.Builder()
        .relationship(r.id())
        .entity(source.id())
        .entity(target.id())
        .build();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.schema().removeRelationship(template.id());
    model.schema().replaceEntity(targetBefore.copy());
    return new ChangeSet.Builder()
        .removed(template.id())
        .entity(template.sourceEntityId())
        .entity(template.targetEntityId())
        .build();
  }
}
