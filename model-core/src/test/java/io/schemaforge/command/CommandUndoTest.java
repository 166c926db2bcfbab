package io.schemaforge.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Bounds;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Group;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.Index;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.Note;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Trait;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.testing.ModelFixture;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every command: execute changes the model, undo gives back exactly the model before (byte for
 * byte in the project file), redo gives back exactly the model after.
 */
class CommandUndoTest {

  /** A model with something of every kind, so each command has something to act on. */
  static final class Base {
    final ModelFixture f = ModelFixture.postgres();
    final String user = f.entity("User");
    final String post = f.entity("Post");
    final String tag = f.entity("Tag");
    final String category = f.entity("Category");
    final String email =
        f.attribute(user, "email", LogicalType.STRING, b -> b.length(255).nullable(false));
    final String title = f.attribute(post, "title", LogicalType.STRING, b -> b.length(200));
    final String body = f.attribute(post, "body", LogicalType.TEXT);
    final String userPosts = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    final String postTags = f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    final String parent = f.relate(category, category, RelationshipKind.ONE_TO_MANY);
    final String titleIndex = "idx_title";
    final String note = "note_1";
    final String group = "grp_1";

    Base() {
      f.run(new PutIndexCommand(post, new Index(titleIndex, null, List.of(title), false)));
      f.run(
          new PutUniqueConstraintCommand(user, new UniqueConstraint("uq_1", null, List.of(email))));
      f.run(
          new PutCheckConstraintCommand(
              post, new CheckConstraint("ck_1", "title_len", "length(title) > 0")));
      f.run(new PutNoteCommand(new Note(note, "hello", new Bounds(0, 0, 100, 50))));
      f.run(
          new PutGroupCommand(
              new Group(group, "Content", "#eef", List.of(post, tag), new Bounds(0, 0, 500, 300))));
    }

    String fk() {
      return f.relationship(userPosts).foreignKeyAttributeIds().get(0);
    }
  }

  static Stream<Arguments> commands() {
    Map<String, Function<Base, Command>> all = new java.util.LinkedHashMap<>();
    all.put("AddEntityCommand", b -> AddEntityCommand.withIdKey("Comment", 10, 10));
    all.put("RenameEntityCommand", b -> new RenameEntityCommand(b.post, "Article", "articles"));
    all.put("ChangeEntityCommentCommand", b -> new ChangeEntityCommentCommand(b.post, "A post"));
    all.put("SetTraitCommand", b -> new SetTraitCommand(b.post, Trait.TIMESTAMPS, true));
    all.put(
        "DeleteEntityCommand (with relationships, group)", b -> new DeleteEntityCommand(b.post));
    all.put("DeleteEntityCommand (self-referencing)", b -> new DeleteEntityCommand(b.category));
    all.put(
        "AddAttributeCommand",
        b ->
            new AddAttributeCommand(
                b.post,
                1,
                io.schemaforge.model.Attribute.builder(
                        "att_x", "summary", "summary", LogicalType.STRING)
                    .length(300)
                    .build()));
    all.put(
        "ChangeAttributeCommand",
        b ->
            new ChangeAttributeCommand(
                b.post,
                b.f.attr(b.post, b.title).toBuilder()
                    .name("headline")
                    .columnName("headline")
                    .length(120)
                    .nullable(false)
                    .build()));
    all.put(
        "ChangeAttributeCommand (key type follows to foreign keys)",
        b ->
            new ChangeAttributeCommand(
                b.user,
                b.f.get(b.user).primaryKey().get(0).toBuilder()
                    .type(LogicalType.UUID)
                    .identity(false)
                    .build()));
    all.put("MoveAttributeCommand", b -> new MoveAttributeCommand(b.post, b.body, 0));
    all.put("DeleteAttributeCommand (indexed)", b -> new DeleteAttributeCommand(b.post, b.title));
    all.put(
        "DeleteAttributeCommand (foreign key deletes relationship)",
        b -> new DeleteAttributeCommand(b.post, b.fk()));
    all.put(
        "AddRelationshipCommand 1:1",
        b ->
            AddRelationshipCommand.between(
                b.f.model(), RelationshipKind.ONE_TO_ONE, b.user, b.tag));
    all.put(
        "AddRelationshipCommand N:M self",
        b ->
            AddRelationshipCommand.between(
                b.f.model(), RelationshipKind.MANY_TO_MANY, b.user, b.user));
    all.put(
        "ChangeRelationshipCommand (required, cascade)",
        b ->
            new ChangeRelationshipCommand(
                b.f.relationship(b.userPosts).withRequired(true).withOnDelete(OnDelete.CASCADE)));
    all.put(
        "ChangeRelationshipCommand (1:N to N:M)",
        b ->
            new ChangeRelationshipCommand(
                b.f.relationship(b.userPosts).withKind(RelationshipKind.MANY_TO_MANY)));
    all.put(
        "ChangeRelationshipCommand (N:M to 1:N)",
        b ->
            new ChangeRelationshipCommand(
                b.f.relationship(b.postTags).withKind(RelationshipKind.ONE_TO_MANY)));
    all.put("DeleteRelationshipCommand", b -> new DeleteRelationshipCommand(b.userPosts));
    all.put(
        "PutIndexCommand (add)",
        b -> new PutIndexCommand(b.post, new Index("idx_new", "ix_custom", List.of(b.body), true)));
    all.put(
        "PutIndexCommand (change)",
        b ->
            new PutIndexCommand(
                b.post, new Index(b.titleIndex, null, List.of(b.title, b.body), false)));
    all.put("DeleteIndexCommand", b -> new DeleteIndexCommand(b.post, b.titleIndex));
    all.put(
        "PutUniqueConstraintCommand",
        b ->
            new PutUniqueConstraintCommand(
                b.post, new UniqueConstraint("uq_2", null, List.of(b.title))));
    all.put(
        "DeleteUniqueConstraintCommand", b -> new DeleteUniqueConstraintCommand(b.user, "uq_1"));
    all.put(
        "PutCheckConstraintCommand",
        b ->
            new PutCheckConstraintCommand(
                b.post, new CheckConstraint("ck_1", "title_len", "length(title) > 3")));
    all.put("DeleteCheckConstraintCommand", b -> new DeleteCheckConstraintCommand(b.post, "ck_1"));
    all.put(
        "MoveEntitiesCommand",
        b ->
            new MoveEntitiesCommand(
                Map.of(b.user, new double[] {500, 600}, b.tag, new double[] {7, 8})));
    all.put("ResizeEntityCommand", b -> new ResizeEntityCommand(b.user, 300, 400));
    all.put("SetEntityColorCommand", b -> new SetEntityColorCommand(b.user, "#ffeeaa"));
    all.put(
        "PutNoteCommand (add)",
        b -> new PutNoteCommand(new Note("note_2", "more", new Bounds(5, 5, 80, 40))));
    all.put(
        "PutNoteCommand (change)",
        b -> new PutNoteCommand(new Note(b.note, "changed", new Bounds(9, 9, 100, 50))));
    all.put("DeleteNoteCommand", b -> new DeleteNoteCommand(b.note));
    all.put(
        "PutGroupCommand",
        b ->
            new PutGroupCommand(
                new Group(b.group, "Renamed", "#fee", List.of(b.user), new Bounds(1, 1, 2, 2))));
    all.put(
        "AddEntityCommand.imported",
        b ->
            AddEntityCommand.imported(
                "ent_imported",
                "Audit",
                "audit",
                "read from a database",
                List.of(
                    io.schemaforge.model.Attribute.builder(
                            "att_a", "userId", "user_id", LogicalType.BIGINT)
                        .sourceName("user_id")
                        .build()),
                List.of(new Index("idx_a", "audit_user_ix", List.of("att_a"), false)),
                List.of(new UniqueConstraint("uq_a", "audit_uk", List.of("att_a"))),
                List.of(),
                new Bounds(5, 5, 220, 120)));
    all.put(
        "AddRelationshipOnKeysCommand",
        b ->
            new AddRelationshipOnKeysCommand(
                new io.schemaforge.model.Relationship(
                    "rel_imported",
                    RelationshipKind.ONE_TO_MANY,
                    b.user,
                    b.post,
                    List.of(b.fk()),
                    null,
                    "authoredPosts",
                    "author",
                    false,
                    OnDelete.CASCADE)));
    all.put("DeleteGroupCommand", b -> new DeleteGroupCommand(b.group));
    all.put(
        "ChangeSchemaSettingsCommand",
        b ->
            new ChangeSchemaSettingsCommand(
                new ChangeSchemaSettingsCommand.Settings(
                    "renamed",
                    Dialect.MYSQL,
                    "org.example",
                    new NamingConvention(NamingConvention.TableNumber.PLURAL, false, true),
                    true,
                    true)));
    all.put(
        "RecordImportIssuesCommand",
        b ->
            new RecordImportIssuesCommand(
                List.of(
                    new ImportIssue(
                        "imp_1", "users.email", "User.java", 12, "length 255 but varchar(100)"))));
    all.put(
        "CompositeCommand",
        b ->
            new CompositeCommand(
                "two steps",
                List.of(
                    new RenameEntityCommand(b.tag, "Label", "labels"),
                    new DeleteEntityCommand(b.user))));
    return all.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void undoAfterExecuteGivesBackTheSameModelAndRedoTheSameResult(
      String name, Function<Base, Command> make) {
    Base b = new Base();
    Model model = b.f.model();
    String before = ProjectFileWriter.toJson(model);
    Command command = make.apply(b);

    command.execute(model);
    String after = ProjectFileWriter.toJson(model);
    assertThat(after).as("execute changes the model").isNotEqualTo(before);

    command.undo(model);
    assertThat(ProjectFileWriter.toJson(model)).as("undo restores").isEqualTo(before);

    command.execute(model);
    assertThat(ProjectFileWriter.toJson(model)).as("redo repeats").isEqualTo(after);

    command.undo(model);
    assertThat(ProjectFileWriter.toJson(model)).as("second undo restores").isEqualTo(before);
  }
}
