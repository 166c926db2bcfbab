package io.schemaforge.app.ui.outline;

import io.schemaforge.app.ui.AfterFrames;
import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.document.DocumentViewModel;
import java.util.HashSet;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/**
 * The model as a tree (groups → entities → attributes) beside the canvas; a click reveals and
 * selects the element there. The tree is rebuilt a moment after edits stop (not on every
 * keystroke), keeping what was expanded; TreeView makes cells only for the visible rows.
 */
public final class OutlineView extends BorderPane {
  static final Duration REBUILD_AFTER = Duration.millis(250);
  // 5,000 entities: about 0.2 s of the FX thread before the first frame (CanvasBench, JFR).
  static final int DEFERRED_FROM_ENTITIES = 1000;
  private static final AfterFrames AFTER_FIRST_FRAME = new AfterFrames(3);

  private final DocumentViewModel document;
  private final CanvasViewModel canvas;
  private final TreeView<OutlineNode> tree = new TreeView<>();
  private final PauseTransition rebuild = new PauseTransition(REBUILD_AFTER);
  private boolean revealing;

  public OutlineView(DocumentViewModel document, CanvasViewModel canvas) {
    this.document = document;
    this.canvas = canvas;
    getStyleClass().add("outline");
    Label title = new Label("Outline");
    title.getStyleClass().add("outline-title");
    title.setMaxWidth(Double.MAX_VALUE);
    setTop(title);
    tree.setShowRoot(false);
    tree.getStyleClass().add("outline-tree");
    tree.setCellFactory(t -> new OutlineCell());
    setCenter(tree);
    rebuild.setOnFinished(e -> rebuildNow());
    document.revisionProperty().addListener((obs, old, now) -> rebuild.playFromStart());
    document.modelProperty().addListener((obs, old, now) -> rebuildForNewModel());
    tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> reveal(item));
    rebuildNow();
  }

  /**
   * A model just opened: its tree is built at once, unless the model is big enough for building it
   * (thousands of rows) to delay the first picture of the diagram; then it follows a few frames
   * after the diagram is on screen (the outline shows nothing for that moment).
   */
  private void rebuildForNewModel() {
    if (document.model().schema().entities().size() < DEFERRED_FROM_ENTITIES) {
      rebuildNow();
    } else {
      tree.setRoot(null);
      AFTER_FIRST_FRAME.execute(this::rebuildNow);
    }
  }

  /** Rebuilds the tree from the model at once (the timer calls it after edits). */
  public void rebuildNow() {
    rebuild.stop();
    Set<String> expanded = new HashSet<>();
    collectExpanded(tree.getRoot(), expanded);
    TreeItem<OutlineNode> selected = tree.getSelectionModel().getSelectedItem();
    String selectedId =
        selected == null || selected.getValue() == null ? null : selected.getValue().id();
    revealing = true;
    try {
      tree.setRoot(OutlineTree.build(document.model(), expanded));
      if (selectedId != null) {
        select(tree.getRoot(), selectedId);
      }
    } finally {
      revealing = false;
    }
  }

  private void collectExpanded(TreeItem<OutlineNode> item, Set<String> into) {
    if (item == null) {
      return;
    }
    OutlineNode n = item.getValue();
    if (n != null && n.kind() == OutlineNode.Kind.UNGROUPED && !item.isExpanded()) {
      into.add(OutlineTree.UNGROUPED_COLLAPSED);
    }
    if (n != null && n.kind() == OutlineNode.Kind.GROUP && !item.isExpanded()) {
      into.add(OutlineTree.collapsed(n.id()));
    }
    if (n != null && n.id() != null && item.isExpanded()) {
      into.add(n.id());
    }
    // Only groups and entities expand; attribute rows are never walked, nor created by walking.
    if (n == null || n.kind() != OutlineNode.Kind.ENTITY) {
      for (TreeItem<OutlineNode> c : item.getChildren()) {
        collectExpanded(c, into);
      }
    }
  }

  private boolean select(TreeItem<OutlineNode> item, String id) {
    for (TreeItem<OutlineNode> c : item.getChildren()) {
      if (c.getValue() != null && id.equals(c.getValue().id())) {
        tree.getSelectionModel().select(c);
        return true;
      }
      boolean descend =
          c.getValue() == null || c.getValue().kind() != OutlineNode.Kind.ENTITY || c.isExpanded();
      if (descend && select(c, id)) {
        return true;
      }
    }
    return false;
  }

  private void reveal(TreeItem<OutlineNode> item) {
    if (revealing || item == null || item.getValue() == null) {
      return;
    }
    OutlineNode n = item.getValue();
    switch (n.kind()) {
      case ENTITY, ATTRIBUTE -> canvas.reveal(n.entityId());
      case GROUP -> canvas.selection().selectGroup(n.id());
      case UNGROUPED -> {
        // A heading: nothing on the canvas to show.
      }
    }
  }

  public TreeView<OutlineNode> tree() {
    return tree;
  }
}
