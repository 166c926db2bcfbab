package io.schemaforge.app.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.PutGroupCommand;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

class OutlineTreeTest {

  @Test
  void listsEntitiesWithTheirAttributesWhenThereAreNoGroups() throws Exception {
    Model model = ProjectFiles.load(Examples.path("blog"));
    TreeItem<OutlineNode> root = OutlineTree.build(model, Set.of());
    assertThat(root.getChildren())
        .extracting(i -> i.getValue().label().split(" ")[0])
        .containsExactlyElementsOf(model.schema().entities().stream().map(Entity::name).toList());
    Entity user = model.schema().entities().get(0);
    TreeItem<OutlineNode> userItem = root.getChildren().get(0);
    assertThat(userItem.isLeaf()).isFalse();
    assertThat(userItem.getChildren())
        .extracting(i -> i.getValue().entityId())
        .containsOnly(user.id())
        .hasSize(user.attributes().size());
    assertThat(userItem.getChildren().get(1).getValue().label())
        .startsWith(user.attributes().get(1).name() + " : ");
  }

  @Test
  void putsGroupedEntitiesUnderTheirGroupAndTheRestUnderAHeading() throws Exception {
    Model model = ProjectFiles.load(Examples.path("blog"));
    Entity post = model.schema().entities().get(1);
    new CommandStack(model)
        .execute(
            new PutGroupCommand(
                new Group(
                    "grp_content",
                    "Content",
                    "#88c0d0",
                    List.of(post.id()),
                    new Bounds(0, 0, 10, 10))));
    TreeItem<OutlineNode> root = OutlineTree.build(model, Set.of());
    TreeItem<OutlineNode> group = root.getChildren().get(0);
    assertThat(group.getValue().kind()).isEqualTo(OutlineNode.Kind.GROUP);
    assertThat(group.isExpanded()).isTrue();
    assertThat(group.getChildren()).extracting(i -> i.getValue().id()).containsExactly(post.id());
    TreeItem<OutlineNode> rest = root.getChildren().get(1);
    assertThat(rest.getValue().kind()).isEqualTo(OutlineNode.Kind.UNGROUPED);
    assertThat(rest.getChildren()).hasSize(model.schema().entities().size() - 1);
    TreeItem<OutlineNode> folded =
        OutlineTree.build(model, Set.of(OutlineTree.collapsed("grp_content"))).getChildren().get(0);
    assertThat(folded.isExpanded()).isFalse();
  }
}
