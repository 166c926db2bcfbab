package io.schemaforge.app.ui.problems;

import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.Severity;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Problems panel: a header with error and warning counts over the grouped list of live
 * diagnostics. Clicking a problem (or Enter) reveals its entity on the canvas; a problem whose rule
 * knows a repair has a quick-fix button that applies it as one undoable command.
 */
public final class ProblemsView extends VBox {
  private final ProblemsViewModel viewModel;
  private final ListView<ProblemRow> list = new ListView<>();

  public ProblemsView(ProblemsViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add("problems-view");
    getChildren().addAll(header(), list);
    VBox.setVgrow(list, Priority.ALWAYS);
    list.getStyleClass().add("problems-list");
    list.setItems(viewModel.rows());
    list.setCellFactory(lv -> new ProblemCell());
    Label empty = new Label();
    empty
        .textProperty()
        .bind(
            Bindings.when(viewModel.openingProperty())
                .then("Opening the model…")
                .otherwise(
                    Bindings.when(viewModel.checkingProperty())
                        .then("Checking the model…")
                        .otherwise("No problems. The model is valid.")));
    empty.getStyleClass().add("problems-empty");
    list.setPlaceholder(empty);
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
            viewModel.activate(list.getSelectionModel().getSelectedItem());
          }
        });
  }

  private HBox header() {
    Label title = new Label("Problems");
    title.getStyleClass().add("problems-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label errors = countChip(Severity.ERROR);
    errors
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> countText(viewModel.errorCountProperty().get(), "error"),
                viewModel.errorCountProperty(),
                viewModel.countsUnknown()));
    Label warnings = countChip(Severity.WARNING);
    warnings
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> countText(viewModel.warningCountProperty().get(), "warning"),
                viewModel.warningCountProperty(),
                viewModel.countsUnknown()));
    HBox header = new HBox(title, spacer, errors, warnings);
    header.getStyleClass().add("problems-header");
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private static Label countChip(Severity severity) {
    Label chip = new Label();
    chip.setGraphic(severityIcon(severity));
    chip.getStyleClass().addAll("problem-count", cssName(severity));
    return chip;
  }

  /** The count, or a dash while the model is read or checked: not yet known, so not "0". */
  private String countText(int n, String noun) {
    return viewModel.countsUnknown().get() ? "– " + noun + "s" : plural(n, noun);
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * A small shape drawn by the stylesheet: a red disc for errors, an orange triangle for warnings.
   */
  public static Region severityIcon(Severity severity) {
    Region icon = new Region();
    icon.getStyleClass().addAll("severity-icon", cssName(severity));
    return icon;
  }

  static String cssName(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /** Renders a header or a problem; a click on a problem activates it. */
  private final class ProblemCell extends ListCell<ProblemRow> {
    ProblemCell() {
      // Cells as wide as the list, not as their text: long messages elide instead of scrolling
      // the quick-fix button out of sight.
      setPrefWidth(0);
      setOnMouseClicked(
          e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
              viewModel.activate(getItem());
            }
          });
    }

    @Override
    protected void updateItem(ProblemRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeAll("problem-group-header", "problem-row");
      setTooltip(null);
      if (empty || row == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
      if (row instanceof ProblemRow.GroupHeader h) {
        getStyleClass().add("problem-group-header");
        Label text = new Label(h.text());
        text.getStyleClass().add("problem-group-title");
        setGraphic(text);
        setText(h.text());
      } else if (row instanceof ProblemRow.Problem p) {
        getStyleClass().add("problem-row");
        Diagnostic d = p.diagnostic();
        Label message = new Label(d.message());
        message.getStyleClass().add("problem-message");
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label path = new Label(d.path() == null ? "" : d.path());
        path.getStyleClass().add("problem-path");
        path.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(severityIcon(d.severity()), message, path);
        viewModel
            .quickFix(row)
            .ifPresent(
                fix -> {
                  Button button = new Button(fix.label());
                  button.getStyleClass().add("quick-fix-button");
                  button.setMinWidth(Region.USE_PREF_SIZE);
                  button.setTooltip(new Tooltip("Quick fix (undo with Ctrl+Z)"));
                  button.setOnAction(e -> viewModel.applyQuickFix(row));
                  line.getChildren().add(button);
                });
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinWidth(0);
        line.prefWidthProperty().bind(widthProperty().subtract(28));
        line.getStyleClass().add("problem-line");
        setGraphic(line);
        // Text too, so the row can be found and read by accessibility tools and tests.
        setText(d.message());
        // The rule id is for looking the rule up, not for reading in every row.
        setTooltip(new Tooltip(d.message() + "\n(" + d.ruleId() + ")"));
      }
    }
  }
}
