package io.schemaforge.app.ui.export;

import javafx.scene.control.ListCell;

/**
 * A line of the diff or content view: a {@code +} or {@code −} gutter and a colour for added and
 * removed lines (the sign says it without the colour).
 */
final class DiffCell extends ListCell<LineDiff.Line> {
  private static final String ADDED = "diff-added";
  private static final String REMOVED = "diff-removed";

  DiffCell() {
    getStyleClass().add("diff-line");
  }

  @Override
  protected void updateItem(LineDiff.Line line, boolean empty) {
    super.updateItem(line, empty);
    getStyleClass().removeAll(ADDED, REMOVED);
    if (empty || line == null) {
      setText(null);
      return;
    }
    switch (line.kind()) {
      case ADDED -> {
        getStyleClass().add(ADDED);
        setText("+ " + line.text());
      }
      case REMOVED -> {
        getStyleClass().add(REMOVED);
        setText("− " + line.text());
      }
      case SAME -> setText("  " + line.text());
    }
  }
}
