package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Trait;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one entity card in model units: a header with the class name and table name, then one row
 * per attribute (key marks, name, type, nullable and unique marks), the traits, and a problem
 * badge. Below the detail zoom only the header colour and a large name are drawn.
 */
final class EntityCardRenderer {
  private static final double ARC = 12;
  static final double INSET = 12;
  private static final double GUTTER = 34;

  /** Where an attribute's name starts, from the card's left edge (after the key pill). */
  static final double NAME_LEFT = GUTTER + INSET - 4;

  private static final double PILL_HEIGHT = 14;

  /**
   * Below this zoom a card is a box in its header colour with an accent stripe, its name where it
   * can still be read, and a dot for its problems: plain rectangles are what the software renderer
   * fills fastest, which is what keeps panning a 5,000-entity model smooth.
   */
  static final double BOX_ZOOM = 0.2;

  /** From this zoom up to {@link #BOX_ZOOM} a box shows its name where it can be read. */
  static final double BOX_NAMES_ZOOM = 0.15;

  private final GraphicsContext gc;
  private final CanvasTheme theme;
  private final TextMeasurer measurer;

  EntityCardRenderer(GraphicsContext gc, CanvasTheme theme, TextMeasurer measurer) {
    this.gc = gc;
    this.theme = theme;
    this.measurer = measurer;
  }

  /** What a card shows besides its entity. */
  record CardState(
      Color color,
      boolean selected,
      boolean details,
      Set<String> foreignKeys,
      int errors,
      int warnings) {}

  void draw(Entity entity, Rectangle2D card, CardState state, double zoom) {
    double x = card.getMinX();
    double y = card.getMinY();
    double w = card.getWidth();
    double h = card.getHeight();
    Color header = state.color() != null ? state.color() : theme.headerFill();
    Color accent =
        state.color() != null ? state.color().deriveColor(0, 1.1, 0.7, 1) : theme.headerAccent();
    if (zoom < BOX_ZOOM) {
      drawBox(entity, card, header, accent, state, zoom);
      return;
    }
    if (state.details()) {
      drawShadow(x, y, w, h); // a pixel or two when zoomed out: not worth two shapes per card
    }
    gc.setFill(theme.cardFill());
    gc.fillRoundRect(x, y, w, h, ARC, ARC);
    if (state.details()) {
      drawHeader(entity, x, y, w, header, accent);
      drawRows(entity, card, state.foreignKeys());
    } else {
      drawOverview(entity, card, header, accent, zoom);
    }
    gc.setLineWidth(1 / Math.max(zoom, 0.5));
    gc.setStroke(theme.cardBorder());
    gc.strokeRoundRect(x, y, w, h, ARC, ARC);
    if (state.selected()) {
      gc.setStroke(theme.selection().deriveColor(0, 1, 1, 0.25));
      gc.setLineWidth(6 / zoom);
      gc.strokeRoundRect(x - 2 / zoom, y - 2 / zoom, w + 4 / zoom, h + 4 / zoom, ARC, ARC);
      gc.setStroke(theme.selection());
      gc.setLineWidth(2 / Math.max(zoom, 0.5));
      gc.strokeRoundRect(x, y, w, h, ARC, ARC);
    }
    drawBadge(x + w, y, state.errors(), state.warnings(), zoom);
  }

  private void drawBox(
      Entity entity, Rectangle2D card, Color header, Color accent, CardState state, double zoom) {
    double x = card.getMinX();
    double y = card.getMinY();
    gc.setFill(header);
    gc.fillRect(x, y, card.getWidth(), card.getHeight());
    gc.setFill(accent);
    gc.fillRect(x, y, card.getWidth(), Math.min(card.getHeight(), 3 / zoom));
    // Rectangles only (the software pipeline fills them directly; strokes and ovals are paths):
    // a thin frame in the border colour, a thick one in the selection colour when selected.
    frame(x, y, card.getWidth(), card.getHeight(), 1 / zoom, theme.cardBorder());
    if (state.selected()) {
      frame(x, y, card.getWidth(), card.getHeight(), 3 / zoom, theme.selection());
    }
    // Only from BOX_NAMES_ZOOM and where it reads (6 pixels or more): lower, only the shortest
    // names would, scattered over a sea of plain boxes (a large model's fitted zoom is 10 %).
    if (zoom >= BOX_NAMES_ZOOM) {
      drawName(entity, card, header, zoom, OverviewName.SMALLEST_PX_ON_A_BOX);
    }
    int count = state.errors() + state.warnings();
    if (count > 0) {
      double r = 3 / zoom;
      gc.setFill(state.errors() > 0 ? theme.error() : theme.warning());
      gc.fillRect(x + card.getWidth() - r, y - r, 2 * r, 2 * r);
    }
  }

  /** A frame of thickness {@code t} just outside a box, from four rectangles. */
  private void frame(double x, double y, double w, double h, double t, Color color) {
    gc.setFill(color);
    gc.fillRect(x - t, y - t, w + 2 * t, t);
    gc.fillRect(x - t, y + h, w + 2 * t, t);
    gc.fillRect(x - t, y, t, h);
    gc.fillRect(x + w, y, t, h);
  }

  // Two soft offset layers read as a shadow at a fraction of the cost of an effect per card.
  private void drawShadow(double x, double y, double w, double h) {
    gc.setFill(Color.rgb(15, 23, 42, 0.05));
    gc.fillRoundRect(x - 1, y + 1, w + 2, h + 3, ARC + 2, ARC + 2);
    gc.setFill(Color.rgb(15, 23, 42, 0.07));
    gc.fillRoundRect(x, y + 1.5, w, h, ARC, ARC);
  }

  private void drawHeader(Entity entity, double x, double y, double w, Color header, Color accent) {
    double hh = CardMetrics.HEADER_HEIGHT;
    gc.setFill(accent);
    gc.fillRoundRect(x, y, w, hh, ARC, ARC);
    gc.setFill(header);
    gc.fillRect(x, y + 3, w, hh - 3);
    gc.setStroke(theme.cardBorder());
    gc.setLineWidth(1);
    gc.strokeLine(x, y + hh, x + w, y + hh);
    Color text = theme.textOn(header);
    gc.setTextBaseline(VPos.BASELINE);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setFont(CanvasTheme.NAME_FONT);
    gc.setFill(text);
    double room = w - 2 * INSET;
    gc.fillText(measurer.elide(entity.name(), CanvasTheme.NAME_FONT, room), x + INSET, y + 21);
    drawTableIcon(x + INSET, y + 28.5, text.deriveColor(0, 1, 1, 0.55));
    gc.setFont(CanvasTheme.TABLE_FONT);
    gc.setFill(text.equals(Color.WHITE) ? text.deriveColor(0, 1, 1, 0.8) : theme.mutedText());
    gc.fillText(
        measurer.elide(entity.tableName(), CanvasTheme.TABLE_FONT, room - 15),
        x + INSET + 15,
        y + 37);
  }

  private void drawTableIcon(double x, double y, Color color) {
    gc.setStroke(color);
    gc.setLineWidth(1);
    gc.strokeRect(x + 0.5, y + 0.5, 10, 9);
    gc.strokeLine(x + 0.5, y + 3.5, x + 10.5, y + 3.5);
    gc.strokeLine(x + 5.5, y + 3.5, x + 5.5, y + 9.5);
  }

  private void drawRows(Entity entity, Rectangle2D card, Set<String> foreignKeys) {
    double x = card.getMinX();
    double right = card.getMaxX() - INSET;
    gc.setTextBaseline(VPos.CENTER);
    if (entity.attributes().isEmpty()) {
      gc.setFont(CanvasTheme.TRAITS_FONT);
      gc.setFill(theme.mutedText());
      gc.fillText("no attributes", x + INSET, CardMetrics.rowCenterY(card, 0));
    }
    for (int i = 0; i < entity.attributes().size(); i++) {
      Attribute a = entity.attributes().get(i);
      double cy = CardMetrics.rowCenterY(card, i);
      boolean fk = foreignKeys.contains(a.id());
      if (a.primaryKey()) {
        pill(x + INSET, cy, "PK", theme.primaryKey());
      } else if (fk) {
        pill(x + INSET, cy, "FK", theme.foreignKey());
      }
      String type = a.typeDisplay();
      double typeWidth = measurer.width(type, CanvasTheme.TYPE_FONT);
      double nullableWidth = a.nullable() ? measurer.width("?", CanvasTheme.KEY_ROW_FONT) + 1 : 0;
      double typeLeft = right - nullableWidth - typeWidth;
      gc.setTextAlign(TextAlignment.LEFT);
      gc.setFont(CanvasTheme.TYPE_FONT);
      gc.setFill(theme.mutedText());
      gc.fillText(type, typeLeft, cy);
      if (a.nullable()) {
        // "?" as in Kotlin and TypeScript: the column may be NULL.
        gc.setFont(CanvasTheme.KEY_ROW_FONT);
        gc.setFill(theme.warning());
        gc.fillText("?", right - nullableWidth + 1, cy);
      }
      String extra = a.primaryKey() && fk ? "FK" : a.unique() && !a.primaryKey() ? "UQ" : null;
      double nameLeft = x + NAME_LEFT;
      double extraWidth = extra == null ? 0 : 26;
      Font font = a.primaryKey() ? CanvasTheme.KEY_ROW_FONT : CanvasTheme.ROW_FONT;
      String name = measurer.elide(a.name(), font, typeLeft - 10 - extraWidth - nameLeft);
      gc.setFont(font);
      gc.setFill(theme.text());
      gc.fillText(name, nameLeft, cy);
      if (extra != null) {
        Color c = extra.equals("FK") ? theme.foreignKey() : theme.mutedText();
        pill(nameLeft + measurer.width(name, font) + 6, cy, extra, c);
      }
    }
    drawTraits(entity, card);
  }

  private void drawTraits(Entity entity, Rectangle2D card) {
    if (entity.traits().isEmpty()) {
      return;
    }
    double top = CardMetrics.rowTop(card, CardMetrics.rowCount(entity)) + CardMetrics.PADDING;
    gc.setStroke(theme.cardBorder().deriveColor(0, 1, 1, 0.6));
    gc.setLineWidth(1);
    gc.strokeLine(card.getMinX() + INSET, top, card.getMaxX() - INSET, top);
    String traits =
        entity.traits().stream()
            .map(EntityCardRenderer::traitLabel)
            .collect(Collectors.joining(" · ", "+ ", ""));
    gc.setFont(CanvasTheme.TRAITS_FONT);
    gc.setFill(theme.mutedText());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    double room = card.getWidth() - 2 * INSET;
    gc.fillText(
        measurer.elide(traits, CanvasTheme.TRAITS_FONT, room),
        card.getMinX() + INSET,
        top + CardMetrics.TRAITS_HEIGHT / 2);
  }

  static String traitLabel(Trait t) {
    return t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A small rounded tag such as PK, FK or UQ, tinted with its colour. */
  private void pill(double x, double cy, String label, Color color) {
    double w = 22;
    gc.setFill(color.deriveColor(0, 0.6, 1.6, 0.18));
    gc.fillRoundRect(x, cy - PILL_HEIGHT / 2, w, PILL_HEIGHT, 6, 6);
    gc.setFont(CanvasTheme.PILL_FONT);
    gc.setFill(color);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(label, x + w / 2, cy);
    gc.setTextAlign(TextAlignment.LEFT);
  }

  /** Zoomed out: the whole card in its header colour with the name as large as fits. */
  private void drawOverview(
      Entity entity, Rectangle2D card, Color header, Color accent, double zoom) {
    gc.setFill(header);
    gc.fillRoundRect(card.getMinX(), card.getMinY(), card.getWidth(), card.getHeight(), ARC, ARC);
    gc.setFill(accent);
    gc.fillRect(card.getMinX(), card.getMinY(), card.getWidth(), Math.min(8, 3 / zoom));
    drawName(entity, card, header, zoom, OverviewName.SMALLEST_PX);
  }

  /**
   * The entity's name, as large as the zoom needs to stay readable, on up to three lines, within
   * the card below its accent stripe; nothing when it could not be read.
   */
  private void drawName(
      Entity entity, Rectangle2D card, Color header, double zoom, double smallestPx) {
    // Text width scales linearly with the font size, so one measurement at the base size is enough.
    double stripe = Math.min(8, 3 / zoom);
    double pad = Math.min(card.getHeight() * 0.08, 6 / zoom);
    Font baseFont = CanvasTheme.NAME_FONT;
    OverviewName.Setting setting =
        OverviewName.set(
            entity.name(),
            card.getWidth() - 2 * INSET,
            card.getHeight() - stripe - 2 * pad,
            zoom,
            baseFont.getSize(),
            text -> measurer.width(text, baseFont),
            smallestPx);
    if (setting == null) {
      return; // smaller than a few pixels: noise, not text
    }
    // Whole sizes only: zooming would otherwise make a new font, and measure every name again, on
    // every frame.
    Font font = measurer.boldFont(Math.max(1, Math.floor(setting.size())));
    gc.setFont(font);
    gc.setFill(theme.textOn(header));
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.TOP);
    // From the top, so the names of a row of cards of different heights line up.
    double lineHeight = setting.size() * OverviewName.LEADING;
    double y = card.getMinY() + stripe + pad + (lineHeight - setting.size()) / 2;
    for (String line : setting.lines()) {
      gc.fillText(line, card.getMinX() + card.getWidth() / 2, y);
      y += lineHeight;
    }
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
  }

  /** A round count of the entity's problems on the card's top-right corner; red if any error. */
  private void drawBadge(double cx, double cy, int errors, int warnings, double zoom) {
    int count = errors + warnings;
    if (count == 0) {
      return;
    }
    // Kept at least readable on screen when zoomed out.
    double r = Math.max(10, 7 / zoom);
    gc.setFill(Color.WHITE);
    gc.fillOval(cx - r - 2, cy - r - 2, 2 * r + 4, 2 * r + 4);
    gc.setFill(errors > 0 ? theme.error() : theme.warning());
    gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    gc.setFill(Color.WHITE);
    gc.setFont(Font.font(CanvasTheme.FONT_FAMILY, FontWeight.BOLD, r * 1.1));
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(count > 99 ? "99+" : Integer.toString(count), cx, cy + 0.5);
    gc.setTextAlign(TextAlignment.LEFT);
  }
}
