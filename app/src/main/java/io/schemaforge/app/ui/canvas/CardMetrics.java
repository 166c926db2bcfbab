package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Bounds;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Layout;
import javafx.geometry.Rectangle2D;

/**
 * The fixed geometry of an entity card, in model units: shared by the renderer (where to draw a
 * row), the router (which row a relationship line attaches to) and hit testing, so they can never
 * disagree.
 */
public final class CardMetrics {
  public static final double HEADER_HEIGHT = 44;
  public static final double ROW_HEIGHT = 22;

  /** Height of the line naming the entity's traits (timestamps, version, ...). */
  public static final double TRAITS_HEIGHT = 24;

  public static final double PADDING = 5;
  public static final double MIN_WIDTH = 180;

  private CardMetrics() {}

  /** Rows drawn for attributes; an entity without attributes still gets one ("no attributes"). */
  public static int rowCount(Entity entity) {
    return Math.max(1, entity.attributes().size());
  }

  /** The height the card's content needs. */
  public static double contentHeight(Entity entity) {
    double traits = entity.traits().isEmpty() ? 0 : TRAITS_HEIGHT;
    return HEADER_HEIGHT + PADDING + rowCount(entity) * ROW_HEIGHT + PADDING + traits;
  }

  /**
   * Where the card is drawn: the stored position and width, and a height that is never smaller than
   * the rows need. A stored height is only a lower bound because files written by hand or by older
   * versions often have one that would clip rows.
   */
  public static Rectangle2D cardBounds(Entity entity, Bounds stored) {
    double width = Math.max(MIN_WIDTH, stored.width() > 0 ? stored.width() : Layout.DEFAULT_WIDTH);
    double height = Math.max(stored.height(), contentHeight(entity));
    return new Rectangle2D(stored.x(), stored.y(), width, height);
  }

  /** Top of attribute row {@code row} (0-based) of a card. */
  public static double rowTop(Rectangle2D card, int row) {
    return card.getMinY() + HEADER_HEIGHT + PADDING + row * ROW_HEIGHT;
  }

  public static double rowCenterY(Rectangle2D card, int row) {
    return rowTop(card, row) + ROW_HEIGHT / 2;
  }
}
