package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.RuleRegistry;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanvasEditorTest {
  private DocumentViewModel document;
  private CanvasViewModel canvas;
  private CanvasEditor editor;

  @BeforeEach
  void openBlog() throws Exception {
    document = new DocumentViewModel(Runnable::run, RuleRegistry.builtIn());
    document.open(ProjectFiles.load(Examples.path("blog")), Examples.path("blog"));
    canvas = new CanvasViewModel(document);
    canvas.setViewportSize(1000, 700);
    editor = new CanvasEditor(document, canvas);
  }

  @Test
  void aNewEntityHasAFreeNameAnIdKeyASnappedPlaceAndIsSelected() {
    String first = editor.createEntityAt(101, 207);
    String second = editor.createEntityAt(400, 207);

    Entity e = document.model().schema().requireEntity(first);
    assertThat(e.name()).isEqualTo("Entity");
    assertThat(document.model().schema().requireEntity(second).name()).isEqualTo("Entity2");
    assertThat(e.primaryKey()).extracting(a -> a.name()).containsExactly("id");
    assertThat(document.model().layout().bounds(first).orElseThrow().x()).isEqualTo(100);
    assertThat(document.model().layout().bounds(first).orElseThrow().y()).isEqualTo(200);
    assertThat(canvas.selectedEntityIdProperty().get()).isEqualTo(second);
  }

  @Test
  void renamingKeepsADerivedTableNameInStepButLeavesACustomOneAlone() {
    String id = editor.createEntityAt(0, 0);

    assertThat(editor.renameEntity(id, " BlogPost ")).isTrue();
    assertThat(document.model().schema().requireEntity(id).tableName()).isEqualTo("blog_posts");

    // ent_user's table is "users", derived from "User": it follows.
    editor.renameEntity("ent_user", "Member");
    assertThat(document.model().schema().requireEntity("ent_user").tableName())
        .isEqualTo("members");

    assertThat(editor.renameEntity(id, "  ")).isFalse();
    assertThat(editor.renameEntity(id, "BlogPost")).isFalse();
  }

  @Test
  void aNameThatWouldNotFitWidensTheCardInTheSameUndoStep() {
    String id = editor.createEntityAt(0, 0);
    // Ten units a character: "AVeryLongEntityNameIndeed" needs 250, more than the 220 of a card.
    editor.setCardWidth((name, attributes) -> name.length() * 10);

    editor.renameEntity(id, "AVeryLongEntityNameIndeed");

    assertThat(document.model().layout().bounds(id).orElseThrow().width()).isEqualTo(260);
    document.undo();
    assertThat(document.model().layout().bounds(id).orElseThrow().width()).isEqualTo(220);
    assertThat(document.model().schema().requireEntity(id).name()).isEqualTo("Entity");
    editor.renameEntity(id, "Short");
    assertThat(document.model().layout().bounds(id).orElseThrow().width()).isEqualTo(220);
  }

  @Test
  void connectingMakesTheRelationshipWithItsForeignKeyAsOneUndoStep() {
    String id = editor.createEntityAt(0, 600);
    editor.renameEntity(id, "Reaction");

    String rel = editor.connect("ent_post", id, RelationshipKind.ONE_TO_MANY);

    Relationship r = document.model().schema().requireRelationship(rel);
    Entity reaction = document.model().schema().requireEntity(id);
    assertThat(reaction.attribute(r.foreignKeyAttributeIds().get(0)).orElseThrow().columnName())
        .isEqualTo("post_id");
    assertThat(canvas.selection().relationshipProperty().get()).isEqualTo(rel);
    document.undo();
    assertThat(document.model().schema().relationship(rel)).isEmpty();
    assertThat(document.model().schema().requireEntity(id).attributes()).hasSize(1);
  }

  @Test
  void aDragMovesAllSelectedCardsSnappedAndUndoesInOneStep() {
    String before = ProjectFileWriter.toJson(document.model());
    Rectangle2D user = canvas.geometry().card("ent_user").orElseThrow();
    Rectangle2D tag = canvas.geometry().card("ent_tag").orElseThrow();
    canvas.selection().selectEntities(List.of("ent_tag", "ent_user"));

    editor.beginMove("ent_user");
    editor.moveSelectionBy(13, 7, true);
    editor.moveSelectionBy(31, 52, true);
    editor.endMove();

    Rectangle2D movedUser = canvas.geometry().card("ent_user").orElseThrow();
    Rectangle2D movedTag = canvas.geometry().card("ent_tag").orElseThrow();
    assertThat(movedUser.getMinX() % CanvasEditor.GRID).isZero();
    assertThat(movedUser.getMinY() % CanvasEditor.GRID).isZero();
    // The other card keeps its distance to the anchor.
    assertThat(movedTag.getMinX() - movedUser.getMinX()).isEqualTo(tag.getMinX() - user.getMinX());
    assertThat(document.undoTextProperty().get()).isEqualTo("Undo Move 2 entities");
    document.undo();
    assertThat(ProjectFileWriter.toJson(document.model())).isEqualTo(before);
  }

  @Test
  void deletingTellsWhatGoesAlongAndUndoesAsOneStep() {
    String before = ProjectFileWriter.toJson(document.model());
    canvas.selection().selectEntity("ent_user");

    assertThat(editor.selectionDescription()).isEqualTo("entity User");
    assertThat(editor.deletionConsequences())
        .containsExactlyInAnyOrder(
            "relationship User → Post with foreign key posts.author_id",
            "relationship User → Comment with foreign key comments.author_id");

    assertThat(editor.deleteSelection()).isTrue();
    assertThat(document.model().schema().entity("ent_user")).isEmpty();
    assertThat(canvas.selection().isEmpty()).isTrue();
    document.undo();
    assertThat(ProjectFileWriter.toJson(document.model())).isEqualTo(before);
  }

  @Test
  void notesAndGroupsAreCreatedMovedRenamedAndDeleted() {
    String note = editor.createNoteAt(10, 10);
    editor.changeNoteText(note, "Remember the indexes");
    editor.moveNote(note, 45, 0);
    assertThat(document.model().layout().notes())
        .anySatisfy(
            n -> {
              assertThat(n.text()).isEqualTo("Remember the indexes");
              assertThat(n.bounds().x()).isEqualTo(60);
            });

    canvas.selection().selectEntities(List.of("ent_post", "ent_comment"));
    String group = editor.createGroupAt(0, 0);
    editor.renameGroup(group, "Content");
    Rectangle2D post = canvas.geometry().card("ent_post").orElseThrow();
    double groupX = groupX(group);
    editor.moveGroup(group, 100, 0);
    // The frame snaps to the grid; its cards move exactly as far as it did.
    double moved = groupX(group) - groupX;
    assertThat(moved).isBetween(90.0, 110.0);
    assertThat(document.model().layout().groups())
        .anySatisfy(
            g -> {
              assertThat(g.name()).isEqualTo("Content");
              assertThat(g.entityIds()).containsExactlyInAnyOrder("ent_post", "ent_comment");
            });
    assertThat(canvas.geometry().card("ent_post").orElseThrow().getMinX())
        .isEqualTo(post.getMinX() + moved);

    canvas.selection().selectGroup(group);
    assertThat(editor.deleteSelection()).isTrue();
    assertThat(document.model().layout().groups()).noneMatch(g -> g.id().equals(group));
    assertThat(document.model().schema().entity("ent_post")).isPresent();
  }

  private double groupX(String groupId) {
    return document.model().layout().groups().stream()
        .filter(g -> g.id().equals(groupId))
        .findFirst()
        .orElseThrow()
        .bounds()
        .x();
  }

  @Test
  void pasteAndDuplicateMakeNewEntitiesWithNewIdsAsOneStep() {
    CanvasClipboard clipboard = new CanvasClipboard(document, canvas, editor);
    canvas.selection().selectEntities(List.of("ent_user", "ent_tag"));
    assertThat(clipboard.copy()).isTrue();

    assertThat(clipboard.paste()).isTrue();

    List<Entity> entities = document.model().schema().entities();
    assertThat(entities).extracting(Entity::name).contains("UserCopy", "TagCopy");
    Entity copy =
        entities.stream().filter(e -> e.name().equals("UserCopy")).findFirst().orElseThrow();
    Entity user = document.model().schema().requireEntity("ent_user");
    assertThat(copy.attributes()).hasSameSizeAs(user.attributes());
    assertThat(copy.attributes().get(0).id()).isNotEqualTo(user.attributes().get(0).id());
    assertThat(copy.traits()).isEqualTo(user.traits());
    assertThat(canvas.selection().entities()).hasSize(2).contains(copy.id());
    assertThat(document.undoTextProperty().get()).isEqualTo("Undo Paste 2 entities");

    canvas.selection().selectEntity("ent_post");
    assertThat(clipboard.duplicate()).isTrue();
    assertThat(document.model().schema().entities()).extracting(Entity::name).contains("PostCopy");
    // Duplicating did not replace what was copied.
    clipboard.paste();
    assertThat(document.model().schema().entities()).extracting(Entity::name).contains("UserCopy2");
  }

  @Test
  void pastingConnectedEntitiesKeepsTheRelationshipBetweenThemAsOneStep() {
    CanvasClipboard clipboard = new CanvasClipboard(document, canvas, editor);
    Relationship authored =
        document.model().schema().relationships().stream()
            .filter(r -> r.sourceEntityId().equals("ent_user"))
            .filter(r -> r.targetEntityId().equals("ent_post"))
            .findFirst()
            .orElseThrow();
    int relationshipsBefore = document.model().schema().relationships().size();
    Entity post = document.model().schema().requireEntity("ent_post");
    canvas.selection().selectEntities(List.of("ent_user", "ent_post"));
    clipboard.copy();

    clipboard.paste();

    Entity userCopy = named("UserCopy");
    Entity postCopy = named("PostCopy");
    List<Relationship> copies =
        document.model().schema().relationships().stream()
            .filter(r -> r.sourceEntityId().equals(userCopy.id()))
            .filter(r -> r.targetEntityId().equals(postCopy.id()))
            .toList();
    assertThat(copies).hasSize(1);
    Relationship copy = copies.get(0);
    assertThat(copy.kind()).isEqualTo(authored.kind());
    assertThat(copy.id()).isNotEqualTo(authored.id());
    // The copy's foreign key is the relationship's own, not a plain leftover beside it.
    assertThat(postCopy.attributes()).hasSameSizeAs(post.attributes());
    assertThat(postCopy.attribute(copy.foreignKeyAttributeIds().get(0))).isPresent();
    // Post's N:M to Tag is not copied: Tag was not.
    assertThat(document.model().schema().relationships()).hasSize(relationshipsBefore + 1);

    document.undo();
    assertThat(document.model().schema().relationships()).hasSize(relationshipsBefore);
    assertThat(document.model().schema().entities())
        .extracting(Entity::name)
        .doesNotContain("UserCopy");
  }

  private Entity named(String name) {
    return document.model().schema().entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
