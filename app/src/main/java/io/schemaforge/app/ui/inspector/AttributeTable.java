package io.schemaforge.app.ui.inspector;

import io.schemaforge.model.Attribute;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The selected entity's attributes as an editable table. Text cells edit in place: Enter commits,
 * Tab and Shift+Tab commit and move to the next or previous text cell (wrapping to the next row),
 * Escape cancels; flags are check boxes. Columns: name, type, nullable, primary key, unique,
 * column, size (length or precision), default, sensitive, comment. Each edit is one command through
 * the view model.
 */
final class AttributeTable {
  private final InspectorViewModel viewModel;
  private final TableView<Attribute> table = new TableView<>();
  private final Runnable onEnterPastLastRow;
  private final List<TableColumn<Attribute, ?>> textColumns;

  /**
   * @param onEnterPastLastRow what Enter on the last row does after committing (the view moves the
   *     focus to the short-form field, so the next attribute can be typed at once)
   */
  AttributeTable(InspectorViewModel viewModel, Runnable onEnterPastLastRow) {
    this.viewModel = viewModel;
    this.onEnterPastLastRow = onEnterPastLastRow;
    table.getStyleClass().addAll("attribute-table", atlantafx.base.theme.Styles.DENSE);
    table.setItems(viewModel.attributes());
    table.setEditable(true);
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setPlaceholder(new Label("No attributes yet: type one above."));
    TableColumn<Attribute, String> name = text("Name", 104, Attribute::name, AttributeEdits::name);
    TableColumn<Attribute, String> column =
        text("Column", 110, Attribute::columnName, AttributeEdits::column);
    TableColumn<Attribute, String> type =
        text("Type", 96, AttributeShortForm::typeText, AttributeEdits::type);
    TableColumn<Attribute, String> size =
        text("Size", 52, AttributeEdits::sizeText, AttributeEdits::size);
    TableColumn<Attribute, String> def =
        text(
            "Default",
            80,
            a -> a.defaultValue() == null ? "" : a.defaultValue(),
            AttributeEdits::defaultValue);
    TableColumn<Attribute, String> comment =
        text("Comment", 140, a -> a.comment() == null ? "" : a.comment(), AttributeEdits::comment);
    // What is edited most comes first, so it fits the panel without scrolling sideways.
    textColumns = List.of(name, type, column, size, def, comment);
    table
        .getColumns()
        .setAll(
            List.of(
                name,
                type,
                flag(
                    "Null",
                    "nullable",
                    Attribute::nullable,
                    (a, on) -> a.toBuilder().nullable(on).build()),
                flag("PK", "primary key", Attribute::primaryKey, AttributeEdits::primaryKey),
                flag(
                    "UQ", "unique", Attribute::unique, (a, on) -> a.toBuilder().unique(on).build()),
                column,
                size,
                def,
                flag(
                    "Sens",
                    "sensitive: never in a response DTO",
                    Attribute::sensitive,
                    (a, on) -> a.toBuilder().sensitive(on).build()),
                comment));
    table.addEventFilter(KeyEvent.KEY_PRESSED, this::onTableKey);
  }

  TableView<Attribute> table() {
    return table;
  }

  private void onTableKey(KeyEvent e) {
    if (table.getEditingCell() != null) {
      return;
    }
    TablePosition<Attribute, ?> focus = table.getFocusModel().getFocusedCell();
    int row = focus == null ? -1 : focus.getRow();
    if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && row >= 0) {
      TableColumn<Attribute, ?> col = focus.getTableColumn();
      table.edit(row, textColumns.contains(col) ? col : textColumns.get(0));
      e.consume();
    } else if (e.getCode() == KeyCode.DELETE && row >= 0) {
      viewModel.deleteAttribute(table.getItems().get(row).id());
      e.consume();
    }
  }

  private TableColumn<Attribute, String> text(
      String title,
      double width,
      Function<Attribute, String> read,
      BiFunction<Attribute, String, Attribute> edit) {
    TableColumn<Attribute, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setSortable(false);
    c.setCellValueFactory(f -> new ReadOnlyStringWrapper(read.apply(f.getValue())));
    c.setCellFactory(col -> new EditCell(edit));
    return c;
  }

  private TableColumn<Attribute, Boolean> flag(
      String title,
      String tooltip,
      Function<Attribute, Boolean> read,
      BiFunction<Attribute, Boolean, Attribute> edit) {
    TableColumn<Attribute, Boolean> c = new TableColumn<>(title);
    c.setPrefWidth(48);
    c.setMinWidth(44);
    c.setSortable(false);
    c.setEditable(false);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(read.apply(f.getValue())));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              private final CheckBox box = new CheckBox();

              {
                box.getStyleClass()
                    .add("attribute-flag-" + title.toLowerCase(java.util.Locale.ROOT));
                box.setOnAction(
                    e -> {
                      Attribute a = getTableRow() == null ? null : getTableRow().getItem();
                      if (a != null) {
                        viewModel.tryChangeAttribute(() -> edit.apply(a, box.isSelected()));
                      }
                    });
                box.setTooltip(new javafx.scene.control.Tooltip(tooltip));
                setAlignment(Pos.CENTER);
              }

              @Override
              protected void updateItem(Boolean value, boolean empty) {
                super.updateItem(value, empty);
                setText(null);
                if (empty || value == null) {
                  setGraphic(null);
                } else {
                  box.setSelected(value);
                  setGraphic(box);
                }
              }
            });
    return c;
  }

  /** Moves editing to the next (+1) or previous (-1) text cell, wrapping between rows. */
  private void editNeighbour(int row, TableColumn<Attribute, ?> column, int step) {
    int i = textColumns.indexOf(column) + step;
    int r = row;
    if (i >= textColumns.size()) {
      i = 0;
      r++;
    } else if (i < 0) {
      i = textColumns.size() - 1;
      r--;
    }
    if (r < 0 || r >= table.getItems().size()) {
      return;
    }
    int targetRow = r;
    TableColumn<Attribute, ?> target = textColumns.get(i);
    // Later: the commit has just replaced the table's items.
    Platform.runLater(
        () -> {
          table.getSelectionModel().select(targetRow);
          table.getFocusModel().focus(targetRow, target);
          table.scrollToColumn(target);
          table.edit(targetRow, target);
        });
  }

  /** A text cell that commits on Enter, Tab and focus loss. */
  private final class EditCell extends TableCell<Attribute, String> {
    private final BiFunction<Attribute, String, Attribute> edit;
    private TextField field;

    EditCell(BiFunction<Attribute, String, Attribute> edit) {
      this.edit = edit;
      getStyleClass().add("attribute-cell");
    }

    @Override
    public void startEdit() {
      super.startEdit();
      if (!isEditing()) {
        return;
      }
      field = new TextField(getItem());
      field.getStyleClass().add("attribute-cell-editor");
      // A filter: the field's own behaviour would otherwise move the focus on Tab first.
      field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
      field
          .focusedProperty()
          .addListener(
              (obs, was, focused) -> {
                if (!focused && isEditing()) {
                  apply(field.getText());
                }
              });
      setText(null);
      setGraphic(field);
      field.requestFocus();
      field.selectAll();
    }

    private void onKey(KeyEvent e) {
      int row = getIndex();
      TableColumn<Attribute, String> column = getTableColumn();
      switch (e.getCode()) {
        case ENTER -> {
          apply(field.getText());
          if (row == table.getItems().size() - 1) {
            Platform.runLater(onEnterPastLastRow);
          } else {
            Platform.runLater(() -> table.requestFocus());
          }
          e.consume();
        }
        case TAB -> {
          apply(field.getText());
          editNeighbour(row, column, e.isShiftDown() ? -1 : 1);
          e.consume();
        }
        case ESCAPE -> {
          cancelEdit();
          e.consume();
        }
        default -> {}
      }
    }

    /** Leaves editing and applies the text through the view model (which re-reads the row). */
    private void apply(String text) {
      Attribute a = getTableRow() == null ? null : getTableRow().getItem();
      String old = getItem();
      cancelEdit();
      if (a != null && !java.util.Objects.equals(old, text)) {
        viewModel.tryChangeAttribute(() -> edit.apply(a, text));
      }
    }

    @Override
    public void cancelEdit() {
      super.cancelEdit();
      setText(getItem());
      setGraphic(null);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
      super.updateItem(value, empty);
      if (empty) {
        setText(null);
        setGraphic(null);
      } else if (isEditing() && field != null) {
        field.setText(value);
        setText(null);
        setGraphic(field);
      } else {
        setText(value);
        setGraphic(null);
      }
    }
  }
}
