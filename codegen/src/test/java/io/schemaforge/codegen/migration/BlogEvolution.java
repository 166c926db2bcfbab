package io.schemaforge.codegen.migration;

import io.schemaforge.command.AddAttributeCommand;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.Command;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.DeleteAttributeCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The evolution scenarios of the migrations issue, as edits of the blog example: each step is one
 * export. Shared by the tests that replay them on real engines, in jOOQ's interpreter, and under
 * Hibernate, so that they all walk the same history.
 */
public final class BlogEvolution {
  /** Where the category entity of the foreign-key step lives, once added. */
  private String categoryId;

  /**
   * One export's worth of change.
   *
   * @param changesSqliteSchema false where SQLite stores both sides alike (no migration there)
   */
  public record Step(String name, Edit edit, boolean changesSqliteSchema) {}

  /** Applies a step's commands to the stack, sealing each as its own undo step. */
  @FunctionalInterface
  public interface Edit {
    void apply(CommandStack stack);
  }

  /** Every step, in order; the last one is the destructive drop that needs confirmation. */
  public List<Step> steps() {
    return List.of(
        new Step("rename a column holding data", s -> run(s, renamePostTitle(s)), true),
        new Step(
            "rename a table",
            s -> run(s, new RenameEntityCommand("ent_tag", "Label", "labels")),
            true),
        new Step("add a nullable column", s -> run(s, addUserBio()), true),
        new Step("add a NOT NULL column with a default", s -> run(s, addPostViews()), true),
        new Step(
            "widen a varchar",
            s -> run(s, change(s, "ent_user", "att_user_display_name", b -> b.length(200))),
            false),
        new Step(
            "change a type",
            s -> run(s, change(s, "ent_post", "att_post_views", b -> b.type(LogicalType.BIGINT))),
            false),
        new Step("add a foreign key", this::addOptionalCategory, true),
        new Step("add an enum column", s -> run(s, addPostStatus()), true),
        new Step(
            "add an enum value",
            s ->
                run(
                    s,
                    change(
                        s,
                        "ent_post",
                        "att_post_status",
                        b -> b.enumValues(List.of("DRAFT", "PUBLISHED", "ARCHIVED")))),
            true),
        new Step(
            "rename an enum value",
            s ->
                run(
                    s,
                    change(
                        s,
                        "ent_post",
                        "att_post_status",
                        b ->
                            b.enumValues(List.of("WIP", "PUBLISHED", "ARCHIVED"))
                                .defaultValue("WIP"))),
            true),
        new Step(
            "add a many-to-many",
            s ->
                run(
                    s,
                    AddRelationshipCommand.between(
                        s.model(), RelationshipKind.MANY_TO_MANY, "ent_user", categoryId)),
            true),
        new Step(
            "drop a column (destructive)",
            s -> run(s, new DeleteAttributeCommand("ent_user", "att_user_bio")),
            true));
  }

  private static Command renamePostTitle(CommandStack s) {
    return change(s, "ent_post", "att_post_title", b -> b.name("headline").columnName("headline"));
  }

  private static Command addUserBio() {
    return new AddAttributeCommand(
        "ent_user", -1, Attribute.builder("att_user_bio", "bio", "bio", LogicalType.TEXT).build());
  }

  private static Command addPostViews() {
    return new AddAttributeCommand(
        "ent_post",
        -1,
        Attribute.builder("att_post_views", "views", "views", LogicalType.INT)
            .nullable(false)
            .defaultValue("0")
            .build());
  }

  private static Command addPostStatus() {
    return new AddAttributeCommand(
        "ent_post",
        -1,
        Attribute.builder("att_post_status", "status", "status", LogicalType.ENUM)
            .enumValues(List.of("DRAFT", "PUBLISHED"))
            .nullable(false)
            .defaultValue("DRAFT")
            .build());
  }

  /** A Category entity with an optional 1:N to posts: three undo steps, one export. */
  private void addOptionalCategory(CommandStack s) {
    AddEntityCommand category = AddEntityCommand.withIdKey("Category", 900, 40);
    run(s, category);
    categoryId = category.entityId();
    AddRelationshipCommand toPosts =
        AddRelationshipCommand.between(
            s.model(), RelationshipKind.ONE_TO_MANY, category.entityId(), "ent_post");
    run(s, toPosts);
    run(
        s,
        new ChangeRelationshipCommand(
            s.model().schema().requireRelationship(toPosts.relationshipId()).withRequired(false)));
  }

  private static void run(CommandStack s, Command c) {
    s.execute(c);
    s.seal();
  }

  private static Command change(
      CommandStack s, String entityId, String attributeId, UnaryOperator<Attribute.Builder> edit) {
    Attribute a = s.model().schema().requireEntity(entityId).attribute(attributeId).orElseThrow();
    return new ChangeAttributeCommand(entityId, edit.apply(a.toBuilder()).build());
  }
}
