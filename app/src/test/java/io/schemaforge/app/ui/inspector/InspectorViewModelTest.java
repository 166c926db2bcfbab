package io.schemaforge.app.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.app.ui.canvas.CanvasSelection;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Trait;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.RuleRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
  private DocumentViewModel document;
  private final CanvasSelection selection = new CanvasSelection();
  private InspectorViewModel inspector;

  @BeforeEach
  void openBlog() throws Exception {
    document = new DocumentViewModel(Runnable::run, RuleRegistry.builtIn());
    document.open(ProjectFiles.load(Examples.path("blog")), Examples.path("blog"));
    inspector = new InspectorViewModel(document, selection);
  }

  private Entity post() {
    return document.model().schema().requireEntity("ent_post");
  }

  @Test
  void showsTheSelectedEntityOrRelationshipOrNothing() {
    assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.EMPTY);

    selection.selectEntity("ent_post");
    assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.ENTITY);
    assertThat(inspector.titleProperty().get()).isEqualTo("Post");
    assertThat(inspector.attributes()).extracting(Attribute::name).startsWith("id", "title");

    selection.selectRelationship("rel_post_author");
    assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.RELATIONSHIP);
    assertThat(inspector.titleProperty().get()).isEqualTo("User → Post");

    selection.selectNote("note_blog");
    assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.OTHER);
  }

  @Test
  void entityEditsAreCommandsThatUndo() {
    selection.selectEntity("ent_post");

    inspector.renameEntity("Article");
    inspector.renameTable("blog_articles");
    inspector.changeComment("A published text.");
    inspector.setTrait(Trait.SOFT_DELETE, true);

    assertThat(post().name()).isEqualTo("Article");
    assertThat(post().tableName()).isEqualTo("blog_articles");
    assertThat(post().comment()).isEqualTo("A published text.");
    assertThat(post().traits()).contains(Trait.SOFT_DELETE);
    assertThat(inspector.titleProperty().get()).isEqualTo("Article");
    for (int i = 0; i < 4; i++) {
      document.undo();
    }
    assertThat(post().name()).isEqualTo("Post");
    assertThat(post().tableName()).isEqualTo("posts");
    assertThat(post().traits()).doesNotContain(Trait.SOFT_DELETE);
  }

  @Test
  void theShortFormAddsAnAttributeOrSaysWhatIsWrong() {
    selection.selectEntity("ent_post");
    int before = post().attributes().size();

    assertThat(inspector.addAttribute("subtitle string(120)!")).isTrue();
    assertThat(inspector.addAttribute("x strng")).isFalse();

    assertThat(post().attributes()).hasSize(before + 1);
    Attribute subtitle = post().attributeByName("subtitle").orElseThrow();
    assertThat(subtitle.length()).isEqualTo(120);
    assertThat(subtitle.nullable()).isFalse();
    assertThat(inspector.messageProperty().get()).contains("Unknown type 'strng'");
    assertThat(inspector.attributes()).extracting(Attribute::name).endsWith("subtitle");
  }

  @Test
  void aRowThatWouldNotFitWidensTheCardInTheSameUndoStep() {
    selection.selectEntity("ent_post");
    double width = document.model().layout().bounds("ent_post").orElseThrow().width();
    inspector.setCardWidth(
        (name, attributes) ->
            attributes.stream().mapToDouble(a -> a.name().length() * 10 + 100).max().orElse(0));

    inspector.addAttribute("aQuiteLongAttributeNameForACard text");

    assertThat(document.model().layout().bounds("ent_post").orElseThrow().width())
        .isGreaterThan(width);
    document.undo();
    assertThat(document.model().layout().bounds("ent_post").orElseThrow().width()).isEqualTo(width);
    assertThat(post().attributeByName("aQuiteLongAttributeNameForACard")).isEmpty();
  }

  @Test
  void cellEditsChangeOneAttributeEachAndBadTypesAreRefused() {
    selection.selectEntity("ent_post");
    Attribute title = post().attributeByName("title").orElseThrow();

    inspector.changeAttribute(AttributeEdits.name(title, "headline"));
    Attribute headline = post().attribute(title.id()).orElseThrow();
    assertThat(headline.columnName()).isEqualTo("headline");
    inspector.changeAttribute(AttributeEdits.type(headline, "text"));
    assertThat(post().attribute(title.id()).orElseThrow().type()).isEqualTo(LogicalType.TEXT);
    inspector.tryChangeAttribute(() -> AttributeEdits.type(headline, "varchr(3)"));
    assertThat(inspector.messageProperty().get()).contains("Unknown type");
    assertThat(post().attribute(title.id()).orElseThrow().type()).isEqualTo(LogicalType.TEXT);

    document.undo();
    document.undo();
    assertThat(post().attribute(title.id()).orElseThrow()).isEqualTo(title);
  }

  @Test
  void attributesMoveAndDelete() {
    selection.selectEntity("ent_post");
    Attribute body = post().attributeByName("body").orElseThrow();
    int index = post().attributeIndex(body.id());

    inspector.moveAttribute(body.id(), -1);
    assertThat(post().attributeIndex(body.id())).isEqualTo(index - 1);
    inspector.deleteAttribute(body.id());
    assertThat(post().attribute(body.id())).isEmpty();
  }

  @Test
  void relationshipEditsKeepTheForeignKeyInStep() {
    selection.selectRelationship("rel_post_author");

    inspector.changeRequired(false);
    inspector.changeOnDelete(OnDelete.CASCADE);
    inspector.changeNavigation("articles", "writer");

    Relationship r = document.model().schema().requireRelationship("rel_post_author");
    assertThat(r.required()).isFalse();
    assertThat(r.onDelete()).isEqualTo(OnDelete.CASCADE);
    assertThat(r.sourceNavigation()).isEqualTo("articles");
    assertThat(r.targetNavigation()).isEqualTo("writer");
    assertThat(post().attribute(r.foreignKeyAttributeIds().get(0)).orElseThrow().nullable())
        .isTrue();

    inspector.changeKind(RelationshipKind.MANY_TO_MANY);
    assertThat(document.model().schema().requireRelationship("rel_post_author").joinTable())
        .isNotNull();
    assertThat(inspector.relationshipProperty().get().kind())
        .isEqualTo(RelationshipKind.MANY_TO_MANY);
  }

  @Test
  void aSelectedGroupCanBeRenamedAndRecolouredAndBothUndo() throws Exception {
    document.open(ProjectFiles.load(Examples.path("shop")), Examples.path("shop"));
    selection.selectGroup("grp_sales");
    assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.GROUP);
    assertThat(inspector.titleProperty().get()).isEqualTo("Sales");

    inspector.changeGroupColor("#fde68a");
    inspector.renameGroup("  Orders ");

    assertThat(inspector.groupProperty().get().color()).isEqualTo("#fde68a");
    assertThat(inspector.groupProperty().get().name()).isEqualTo("Orders");
    assertThat(document.model().layout().groups().get(0).entityIds()).hasSize(3);
    document.undo();
    document.undo();
    assertThat(document.model().layout().groups().get(0).color()).isEqualTo("#dbeafe");
    assertThat(document.model().layout().groups().get(0).name()).isEqualTo("Sales");
  }

  @Test
  void theColourPickerWritesTheProjectFilesHexForm() {
    assertThat(GroupInspector.css(javafx.scene.paint.Color.web("#DBEAFE"))).isEqualTo("#dbeafe");
  }
}
