package io.schemaforge.app.ui.search;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The tool bar's search field (Ctrl+F): matches drop down as the user types; Enter or a click on a
 * match reveals its entity on the canvas; Escape leaves the field.
 */
public final class SearchField {
  private final TextField field;
  private final SearchViewModel viewModel;
  private final CanvasViewModel canvas;
  private final ContextMenu results = new ContextMenu();
  private List<SearchViewModel.Hit> hits = List.of();

  public SearchField(TextField field, SearchViewModel viewModel, CanvasViewModel canvas) {
    this.field = field;
    this.viewModel = viewModel;
    this.canvas = canvas;
    results.getStyleClass().add("search-results");
  }

  public void install() {
    field.textProperty().addListener((obs, old, text) -> update(text));
    field.setOnAction(
        e -> {
          if (!hits.isEmpty()) {
            reveal(hits.get(0));
          }
        });
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            results.hide();
            field.clear();
            field.getParent().requestFocus();
          } else if (e.getCode() == KeyCode.DOWN && results.isShowing()) {
            results.requestFocus();
          }
        });
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused && !results.isFocused()) {
                results.hide();
              }
            });
  }

  private void update(String text) {
    hits = viewModel.find(text);
    results.getItems().clear();
    for (SearchViewModel.Hit hit : hits) {
      MenuItem item = new MenuItem(hit.label());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> reveal(hit));
      results.getItems().add(item);
    }
    if (hits.isEmpty()) {
      if (text != null && !text.isBlank()) {
        MenuItem none = new MenuItem("No entity or attribute matches");
        none.setDisable(true);
        results.getItems().add(none);
      } else {
        results.hide();
        return;
      }
    }
    if (!results.isShowing() && field.getScene() != null && field.isFocused()) {
      results.show(field, Side.BOTTOM, 0, 2);
    }
  }

  private void reveal(SearchViewModel.Hit hit) {
    results.hide();
    canvas.reveal(hit.entityId());
  }
}
