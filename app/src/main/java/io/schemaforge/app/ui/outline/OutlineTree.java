package io.schemaforge.app.ui.outline;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Model;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * Builds the outline's items: groups with their entities, then the entities in no group, each
 * entity with its attributes. Attribute rows are made only when an entity is expanded, so a
 * 5,000-entity model costs 5,000 items, not 50,000.
 */
final class OutlineTree {
  private OutlineTree() {}

  static TreeItem<OutlineNode> build(Model model, Set<String> expanded) {
    TreeItem<OutlineNode> root = new TreeItem<>();
    Set<String> grouped = new HashSet<>();
    List<Group> groups = model.layout().groups();
    for (Group g : groups) {
      TreeItem<OutlineNode> item =
          new TreeItem<>(
              new OutlineNode(
                  OutlineNode.Kind.GROUP,
                  g.id(),
                  null,
                  g.name() + "  (" + g.entityIds().size() + ")"));
      for (String id : g.entityIds()) {
        model.schema().entity(id).ifPresent(e -> item.getChildren().add(entity(e, expanded)));
        grouped.add(id);
      }
      item.setExpanded(!expanded.contains(collapsed(g.id())));
      root.getChildren().add(item);
    }
    List<Entity> loose =
        model.schema().entities().stream().filter(e -> !grouped.contains(e.id())).toList();
    TreeItem<OutlineNode> looseParent = root;
    if (!groups.isEmpty() && !loose.isEmpty()) {
      looseParent =
          new TreeItem<>(
              new OutlineNode(
                  OutlineNode.Kind.UNGROUPED,
                  null,
                  null,
                  "Not in a group  (" + loose.size() + ")"));
      looseParent.setExpanded(!expanded.contains(UNGROUPED_COLLAPSED));
      root.getChildren().add(looseParent);
    }
    for (Entity e : loose) {
      looseParent.getChildren().add(entity(e, expanded));
    }
    return root;
  }

  /** Groups start open; the expanded set remembers the ones the user folded under this key. */
  static String collapsed(String groupId) {
    return "\u0000collapsed:" + groupId;
  }

  /** Kept in the expanded set when the user folds the "Not in a group" heading. */
  static final String UNGROUPED_COLLAPSED = "\u0000ungrouped-collapsed";

  private static TreeItem<OutlineNode> entity(Entity e, Set<String> expanded) {
    TreeItem<OutlineNode> item = new EntityItem(e);
    item.setExpanded(expanded.contains(e.id()));
    return item;
  }

  /** An entity whose attribute rows are created the first time they are asked for. */
  private static final class EntityItem extends TreeItem<OutlineNode> {
    private final Entity entity;
    private boolean filled;

    EntityItem(Entity e) {
      super(new OutlineNode(OutlineNode.Kind.ENTITY, e.id(), e.id(), label(e)));
      this.entity = e;
    }

    private static String label(Entity e) {
      return e.tableName() == null || e.tableName().isBlank()
          ? e.name()
          : e.name() + "  ·  " + e.tableName();
    }

    @Override
    public boolean isLeaf() {
      return entity.attributes().isEmpty();
    }

    @Override
    public ObservableList<TreeItem<OutlineNode>> getChildren() {
      ObservableList<TreeItem<OutlineNode>> children = super.getChildren();
      if (!filled) {
        filled = true;
        for (Attribute a : entity.attributes()) {
          children.add(
              new TreeItem<>(
                  new OutlineNode(
                      OutlineNode.Kind.ATTRIBUTE,
                      a.id(),
                      entity.id(),
                      a.name() + " : " + a.type().name().toLowerCase(java.util.Locale.ROOT))));
        }
      }
      return children;
    }
  }
}
