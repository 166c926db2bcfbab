package io.schemaforge.app.ui.export;

import io.schemaforge.codegen.migration.MigrationStatement;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A migration statement in the preview: its risk as a badge with the word on it (SAFE, CAUTION,
 * DANGER: colour and text, so the mark survives colour blindness and greyscale), the summary, and
 * the SQL.
 */
final class StatementCell extends ListCell<MigrationStatement> {
  private final Label badge = new Label();
  private final Label summary = new Label();
  private final Label sql = new Label();
  private final VBox box;

  StatementCell() {
    badge.getStyleClass().add("risk-badge");
    badge.setMinWidth(USE_PREF_SIZE);
    summary.getStyleClass().add("statement-summary");
    summary.setWrapText(true);
    sql.getStyleClass().add("statement-sql");
    sql.setWrapText(true);
    // Labels shrink to one line with an ellipsis by default; a statement is read in full.
    summary.setMinHeight(USE_PREF_SIZE);
    sql.setMinHeight(USE_PREF_SIZE);
    HBox head = new HBox(8, badge, summary);
    head.getStyleClass().add("statement-head");
    box = new VBox(4, head, sql);
    box.getStyleClass().add("statement-box");
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(MigrationStatement s, boolean empty) {
    super.updateItem(s, empty);
    if (empty || s == null) {
      setGraphic(null);
      setText(null);
      return;
    }
    badge.setText(s.risk().name());
    badge.getStyleClass().removeIf(c -> c.startsWith("risk-") && !c.equals("risk-badge"));
    badge.getStyleClass().add("risk-" + s.risk().name().toLowerCase(Locale.ROOT));
    summary.setText(s.summary());
    sql.setText(s.sql() + ";");
    setText(null);
    setGraphic(box);
  }
}
