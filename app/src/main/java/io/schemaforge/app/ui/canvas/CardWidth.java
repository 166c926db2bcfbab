package io.schemaforge.app.ui.canvas;

import io.schemaforge.command.Command;
import io.schemaforge.command.CompositeCommand;
import io.schemaforge.command.ResizeEntityCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import java.util.List;

/**
 * How wide a card must be to show its name and every attribute row without eliding. Edits that make
 * a name or a row longer widen the card in the same undo step ({@link #fitting}), so what the user
 * just typed is never cut off.
 */
@FunctionalInterface
public interface CardWidth {
  /** Never widens: for view-model tests without a toolkit to measure text. */
  CardWidth NONE = (name, attributes) -> 0;

  /** The width (model units) a card needs for this name and these attributes. */
  double needed(String entityName, List<Attribute> attributes);

  /**
   * The edit, followed in the same step by a resize when the card would be too narrow afterwards.
   *
   * @param nameAfter the entity's name after the edit
   * @param attributesAfter its attributes after the edit
   */
  default Command fitting(
      Model model,
      String entityId,
      Command edit,
      String nameAfter,
      List<Attribute> attributesAfter) {
    double needed =
        Math.ceil(needed(nameAfter, attributesAfter) / CanvasEditor.GRID) * CanvasEditor.GRID;
    Bounds b =
        model
            .layout()
            .bounds(entityId)
            .orElse(new Bounds(0, 0, Layout.DEFAULT_WIDTH, Layout.DEFAULT_HEIGHT));
    double width =
        Math.max(CardMetrics.MIN_WIDTH, b.width() > 0 ? b.width() : Layout.DEFAULT_WIDTH);
    if (needed <= width) {
      return edit;
    }
    return new CompositeCommand(
        edit.description(),
        List.of(
            edit,
            new ResizeEntityCommand(
                entityId, needed, b.height() > 0 ? b.height() : Layout.DEFAULT_HEIGHT)));
  }

  /** Measures with the fonts the cards are drawn with. */
  static CardWidth measured() {
    TextMeasurer measurer = new TextMeasurer();
    return (name, attributes) -> {
      double header =
          2 * EntityCardRenderer.INSET + measurer.width(name, CanvasTheme.NAME_FONT) + 16;
      double rows = 0;
      for (Attribute a : attributes) {
        var font = a.primaryKey() ? CanvasTheme.KEY_ROW_FONT : CanvasTheme.ROW_FONT;
        double row =
            EntityCardRenderer.NAME_LEFT
                + measurer.width(a.name(), font)
                + (a.unique() || a.primaryKey() ? 28 : 0)
                + 14
                + measurer.width(a.typeDisplay(), CanvasTheme.TYPE_FONT)
                + (a.nullable() ? measurer.width("?", CanvasTheme.KEY_ROW_FONT) + 1 : 0)
                + EntityCardRenderer.INSET;
        rows = Math.max(rows, row);
      }
      return Math.max(header, rows);
    };
  }
}
