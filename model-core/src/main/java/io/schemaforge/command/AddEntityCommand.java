package io.schemaforge.command;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Ids;
import io.schemaforge.model.Index;
import io.schemaforge.model.Layout;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.naming.Names;
import java.util.List;

/** Adds an entity (with its attributes) to the schema and places it on the canvas. */
public final class AddEntityCommand implements Command {
  private final Entity prototype;
  private final int position;
  private final Bounds bounds;

  /**
   * @param entity the entity to add, taken as a template (a copy goes into the model)
   * @param position index in the schema's entity list, or -1 for the end
   * @param bounds where to draw it, or null to leave it unplaced
   */
  public AddEntityCommand(Entity entity, int position, Bounds bounds) {
    this.prototype = entity.copy();
    this.position = position;
    this.bounds = bounds;
  }

  /**
   * An entity named {@code name} with a {@code Long id} identity primary key, the default of
   * PRODUCT.md, and a plural snake_case table name ({@code BlogPost} becomes {@code blog_posts}).
   */
  public static AddEntityCommand withIdKey(String name, double x, double y) {
    return withAttributes(name, List.of(idAttribute()), x, y);
  }

  /** An entity with the given attributes, added at the end. */
  public static AddEntityCommand withAttributes(
      String name, List<Attribute> attributes, double x, double y) {
    Entity e = new Entity(Ids.newId("ent"), name, Names.plural(Names.snakeCase(name)));
    for (Attribute a : attributes) {
      e.insertAttribute(e.attributes().size(), a);
    }
    return new AddEntityCommand(
        e, -1, new Bounds(x, y, Layout.DEFAULT_WIDTH, Layout.DEFAULT_HEIGHT));
  }

  /**
   * An entity read from an existing database or project, complete with its attributes and
   * constraints, added at the end as one step. The source name records the table as it was read,
   * which marks the entity as imported (validation treats some facts of existing schemas, such as a
   * table without a primary key, more leniently than a new design).
   */
  public static AddEntityCommand imported(
      String entityId,
      String name,
      String tableName,
      String comment,
      List<Attribute> attributes,
      List<Index> indexes,
      List<UniqueConstraint> uniques,
      List<CheckConstraint> checks,
      Bounds bounds) {
    Entity e = new Entity(entityId, name, tableName);
    e.setSourceName(tableName);
    e.setComment(comment);
    attributes.forEach(a -> e.insertAttribute(e.attributes().size(), a));
    indexes.forEach(i -> e.putIndex(e.indexes().size(), i));
    uniques.forEach(u -> e.putUniqueConstraint(e.uniqueConstraints().size(), u));
    checks.forEach(c -> e.putCheckConstraint(e.checkConstraints().size(), c));
    return new AddEntityCommand(e, -1, bounds);
  }

  /** The default primary key: {@code Long id}, identity, not null. */
  public static Attribute idAttribute() {
    return Attribute.builder(Ids.newId("att"), "id", "id", LogicalType.BIGINT)
        .primaryKey(true)
        .identity(true)
        .nullable(false)
        .build();
  }

  public String entityId() {
    return prototype.id();
  }

  @Override
  public String description() {
    return "Add entity " + prototype.name();
  }

  @Override
  public ChangeSet execute(Model model) {
    int size = model.schema().entities().size();
    model
        .schema()
        .insertEntity(position < 0 || position > size ? size : position, prototype.copy());
    if (bounds != null) {
      model.layout().setBounds(prototype.id(), bounds);
    }
    return new ChangeSet.Builder().entity(prototype.id()).layout().build();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.schema().removeEntity(prototype.id());
    model.layout().setBounds(prototype.id(), null);
    return new ChangeSet.Builder().removed(prototype.id()).layout().build();
  }
}
