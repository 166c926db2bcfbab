package io.schemaforge.app.ui.inspector;

import io.schemaforge.model.Entity;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The inspector panel on the right: a title naming what is selected over the form for it (entity or
 * relationship), or a hint when nothing is selected.
 */
public final class InspectorView extends VBox {
  private final InspectorViewModel viewModel;
  private final EntityInspector entityForm;
  private final RelationshipInspector relationshipForm;
  private final GroupInspector groupForm;
  private final Label hint = new Label();
  private final StackPane body = new StackPane();

  /**
   * @param entities looks an entity of the open model up by id (null when unknown)
   */
  public InspectorView(InspectorViewModel viewModel, Function<String, Entity> entities) {
    this.viewModel = viewModel;
    getStyleClass().add("inspector-view");
    entityForm = new EntityInspector(viewModel);
    relationshipForm = new RelationshipInspector(viewModel, entities);
    groupForm = new GroupInspector(viewModel);
    Label kind = new Label();
    kind.getStyleClass().add("inspector-kind");
    Label title = new Label();
    title.getStyleClass().add("inspector-title");
    title.textProperty().bind(viewModel.titleProperty());
    VBox header = new VBox(kind, title);
    header.getStyleClass().add("inspector-header");
    hint.getStyleClass().add("inspector-hint");
    hint.setWrapText(true);
    hint.setAlignment(Pos.TOP_LEFT);
    StackPane.setAlignment(hint, Pos.TOP_LEFT);
    body.getStyleClass().add("inspector-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(header, body);
    viewModel.modeProperty().addListener((obs, old, mode) -> showMode(mode, kind, header));
    showMode(viewModel.modeProperty().get(), kind, header);
  }

  private void showMode(InspectorViewModel.Mode mode, Label kind, VBox header) {
    header.setVisible(
        mode == InspectorViewModel.Mode.ENTITY
            || mode == InspectorViewModel.Mode.RELATIONSHIP
            || mode == InspectorViewModel.Mode.GROUP);
    header.setManaged(header.isVisible());
    switch (mode) {
      case ENTITY -> {
        kind.setText("ENTITY");
        body.getChildren().setAll(entityForm.root());
      }
      case RELATIONSHIP -> {
        kind.setText("RELATIONSHIP");
        body.getChildren().setAll(relationshipForm.root());
      }
      case GROUP -> {
        kind.setText("GROUP");
        body.getChildren().setAll(groupForm.root());
      }
      case OTHER -> {
        hint.setText("Double-click a note or a group's title to edit it; Delete removes it.");
        body.getChildren().setAll(hint);
      }
      default -> {
        hint.setText(
            "Select an entity or a relationship to edit it here.\n\n"
                + "Drag an entity from the palette or double-click the canvas to add one; "
                + "drag from a card's ⊕ handle to another card to connect them.");
        body.getChildren().setAll(hint);
      }
    }
  }

  /** Puts the caret into the entity's short-form attribute field. */
  public void focusAttributeEntry() {
    entityForm.shortFormField().requestFocus();
  }

  public void focusEntityName() {
    entityForm.focusName();
  }

  public InspectorViewModel viewModel() {
    return viewModel;
  }
}
