package io.schemaforge.testing;

import io.schemaforge.command.AddAttributeCommand;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.Command;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Ids;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.naming.Names;
import java.util.function.UnaryOperator;

/**
 * Builds models for tests through the real commands, so fixtures obey the same invariants as edits:
 * {@code var f = ModelFixture.postgres(); String user = f.entity("User");}.
 */
public final class ModelFixture {
  private final CommandStack stack;
  private int placed;

  private ModelFixture(Dialect dialect) {
    this.stack = new CommandStack(Model.empty("test", dialect, "com.example.app"));
  }

  public static ModelFixture postgres() {
    return new ModelFixture(Dialect.POSTGRES);
  }

  public static ModelFixture of(Dialect dialect) {
    return new ModelFixture(dialect);
  }

  public Model model() {
    return stack.model();
  }

  public CommandStack stack() {
    return stack;
  }

  public void run(Command c) {
    stack.execute(c);
    stack.seal();
  }

  /** An entity with a {@code Long id} primary key and a plural snake_case table; its id. */
  public String entity(String name) {
    AddEntityCommand c =
        AddEntityCommand.withIdKey(name, 40 + (placed % 6) * 260, 40 + (placed / 6) * 200);
    placed++;
    run(c);
    return c.entityId();
  }

  /** An entity with no attributes at all (no primary key). */
  public String bareEntity(String name) {
    AddEntityCommand c = AddEntityCommand.withAttributes(name, java.util.List.of(), 0, 0);
    run(c);
    return c.entityId();
  }

  public Entity get(String entityId) {
    return model().schema().requireEntity(entityId);
  }

  public Attribute attr(String entityId, String attributeId) {
    return get(entityId).attribute(attributeId).orElseThrow();
  }

  /** Adds an attribute named {@code name} (column in snake_case); its id. */
  public String attribute(String entityId, String name, LogicalType type) {
    return attribute(entityId, name, type, b -> b);
  }

  public String attribute(
      String entityId, String name, LogicalType type, UnaryOperator<Attribute.Builder> more) {
    String id = Ids.newId("att");
    Attribute a = more.apply(Attribute.builder(id, name, Names.snakeCase(name), type)).build();
    run(new AddAttributeCommand(entityId, -1, a));
    return id;
  }

  /** Changes an attribute through {@link ChangeAttributeCommand}. */
  public void change(String entityId, String attributeId, UnaryOperator<Attribute.Builder> edit) {
    run(
        new ChangeAttributeCommand(
            entityId, edit.apply(attr(entityId, attributeId).toBuilder()).build()));
  }

  /** Connects source to target with default names; the relationship's id. */
  public String relate(String sourceId, String targetId, RelationshipKind kind) {
    AddRelationshipCommand c = AddRelationshipCommand.between(model(), kind, sourceId, targetId);
    run(c);
    return c.relationshipId();
  }

  public Relationship relationship(String relationshipId) {
    return model().schema().requireRelationship(relationshipId);
  }

  public void changeRelationship(String relationshipId, UnaryOperator<Relationship> edit) {
    run(new ChangeRelationshipCommand(edit.apply(relationship(relationshipId))));
  }
}
