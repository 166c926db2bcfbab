package io.schemaforge.app.ui.canvas;

import static io.schemaforge.app.ui.canvas.SvgBuilder.attr;
import static io.schemaforge.app.ui.canvas.SvgBuilder.escape;
import static io.schemaforge.app.ui.canvas.SvgBuilder.num;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Note;
import io.schemaforge.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Writes a {@link DiagramPicture} as SVG: vector shapes and real {@code <text>}, from the geometry
 * the canvas uses ({@link DiagramGeometry}, {@link EdgeRouter}, {@link CardMetrics}) and following
 * the canvas renderers' drawing step by step, so the SVG matches the window and the PNG. Each
 * entity and relationship is a {@code <g>} with its id, so the file can be styled or scripted. Kept
 * apart from the renderers on purpose: they are tuned for frame rate, this for output.
 */
public final class DiagramSvgWriter {
  private static final double ARC = 12;
  private static final double INSET = EntityCardRenderer.INSET;
  private static final double PILL_HEIGHT = 14;
  // As in LayoutDecorationRenderer: notes are yellow paper in both themes.
  private static final Color NOTE_FILL = Color.web("#fff8d6");
  private static final Color NOTE_BORDER = Color.web("#e8cf6a");
  private static final Color NOTE_TEXT = Color.web("#3d3510");
  private static final Color DEFAULT_GROUP = Color.web("#e5e7eb");

  private final SvgBuilder svg = new SvgBuilder();
  private final CanvasTheme theme;
  private final TextMeasurer measurer = new TextMeasurer();

  private DiagramSvgWriter(CanvasTheme theme) {
    this.theme = theme;
  }

  /** The SVG document; {@code scale} sets its width and height, the view box is model units. */
  public static String write(DiagramPicture picture, CanvasTheme theme, double scale) {
    return new DiagramSvgWriter(theme).document(picture, scale);
  }

  private String document(DiagramPicture p, double scale) {
    Rectangle2D b = p.bounds();
    StringBuilder out = svg.raw();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        .append(attr("width", Math.ceil(b.getWidth() * scale)))
        .append(attr("height", Math.ceil(b.getHeight() * scale)))
        .append(" viewBox=\"")
        .append(num(b.getMinX()))
        .append(' ')
        .append(num(b.getMinY()))
        .append(' ')
        .append(num(b.getWidth()))
        .append(' ')
        .append(num(b.getHeight()))
        .append("\" font-family=\"")
        .append(SvgBuilder.FONT_STACK)
        .append("\">\n")
        .append("<title>")
        .append(escape(p.geometry().model().schema().name()))
        .append("</title>\n");
    svg.roundRect(
        b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), 0, theme.background(), null, 0);
    for (Group g : p.groups()) {
      group(g);
    }
    for (Note n : p.notes()) {
      note(n);
    }
    SvgRelationshipWriter edges = new SvgRelationshipWriter(svg, theme, measurer);
    for (Relationship r : p.relationships()) {
      p.geometry().route(r).ifPresent(route -> edges.write(r, route));
    }
    for (Entity e : p.entities()) {
      card(e, p.geometry().card(e.id()).orElseThrow(), p);
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private void group(Group group) {
    Rectangle2D r = DiagramGeometry.toRect(group.bounds());
    Color color = DiagramPngPainter.parseOr(group.color(), DEFAULT_GROUP);
    svg.raw().append("<g class=\"group\" id=\"").append(escape(group.id())).append("\">\n");
    svg.roundRect(
        r.getMinX(),
        r.getMinY(),
        r.getWidth(),
        r.getHeight(),
        16,
        color.deriveColor(0, 1, 1, 0.45),
        null,
        0);
    svg.raw()
        .append("<rect")
        .append(attr("x", r.getMinX()))
        .append(attr("y", r.getMinY()))
        .append(attr("width", r.getWidth()))
        .append(attr("height", r.getHeight()))
        .append(attr("rx", 8))
        .append(" fill=\"none\" stroke=\"")
        .append(SvgBuilder.hex(color.deriveColor(0, 1.4, 0.8, 1)))
        .append("\" stroke-width=\"1\" stroke-dasharray=\"6 4\"/>\n");
    svg.text(
        measurer.elide(group.name(), CanvasTheme.GROUP_FONT, r.getWidth() - 20),
        r.getMinX() + 10,
        r.getMinY() + 7,
        CanvasTheme.GROUP_FONT,
        color.deriveColor(0, 1.6, 0.45, 1),
        TextAlignment.LEFT,
        VPos.TOP);
    svg.raw().append("</g>\n");
  }

  private void note(Note note) {
    Rectangle2D r = DiagramGeometry.toRect(note.bounds());
    double fold = 12;
    double[] xs = {r.getMinX(), r.getMaxX() - fold, r.getMaxX(), r.getMaxX(), r.getMinX()};
    double[] ys = {r.getMinY(), r.getMinY(), r.getMinY() + fold, r.getMaxY(), r.getMaxY()};
    svg.raw().append("<g class=\"note\" id=\"").append(escape(note.id())).append("\">\n");
    svg.roundRect(
        r.getMinX() + 1,
        r.getMinY() + 2,
        r.getWidth(),
        r.getHeight(),
        0,
        Color.rgb(15, 23, 42, 0.06),
        null,
        0);
    svg.polygon(xs, ys, NOTE_FILL, NOTE_BORDER, 1);
    svg.line(
        r.getMaxX() - fold, r.getMinY(), r.getMaxX() - fold, r.getMinY() + fold, NOTE_BORDER, 1);
    svg.line(
        r.getMaxX() - fold, r.getMinY() + fold, r.getMaxX(), r.getMinY() + fold, NOTE_BORDER, 1);
    double lineHeight = 16;
    double y = r.getMinY() + 10;
    double room = r.getWidth() - 20 - fold / 2;
    for (String line : wrap(note.text(), room)) {
      if (y + lineHeight > r.getMaxY() - 4) {
        break;
      }
      svg.text(
          measurer.elide(line, CanvasTheme.NOTE_FONT, room),
          r.getMinX() + 10,
          y,
          CanvasTheme.NOTE_FONT,
          NOTE_TEXT,
          TextAlignment.LEFT,
          VPos.TOP);
      y += lineHeight;
    }
    svg.raw().append("</g>\n");
  }

  private List<String> wrap(String text, double room) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : (text == null ? "" : text).split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (line.length() > 0 && measurer.width(candidate, CanvasTheme.NOTE_FONT) > room) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private void card(Entity entity, Rectangle2D card, DiagramPicture p) {
    double x = card.getMinX();
    double y = card.getMinY();
    double w = card.getWidth();
    double h = card.getHeight();
    Color custom =
        p.geometry().model().layout().color(entity.id()).map(DiagramPngPainter::parse).orElse(null);
    Color header = custom != null ? custom : theme.headerFill();
    Color accent = custom != null ? custom.deriveColor(0, 1.1, 0.7, 1) : theme.headerAccent();
    svg.raw()
        .append("<g class=\"entity\" id=\"")
        .append(escape(entity.id()))
        .append("\" data-name=\"")
        .append(escape(entity.name()))
        .append("\">\n");
    svg.roundRect(x - 1, y + 1, w + 2, h + 3, ARC + 2, Color.rgb(15, 23, 42, 0.05), null, 0);
    svg.roundRect(x, y + 1.5, w, h, ARC, Color.rgb(15, 23, 42, 0.07), null, 0);
    svg.roundRect(x, y, w, h, ARC, theme.cardFill(), null, 0);
    header(entity, x, y, w, header, accent);
    rows(entity, card, p.foreignKeysOf(entity));
    svg.roundRect(x, y, w, h, ARC, null, theme.cardBorder(), 1);
    svg.raw().append("</g>\n");
  }

  private void header(Entity entity, double x, double y, double w, Color header, Color accent) {
    double hh = CardMetrics.HEADER_HEIGHT;
    svg.roundRect(x, y, w, hh, ARC, accent, null, 0);
    svg.roundRect(x, y + 3, w, hh - 3, 0, header, null, 0);
    svg.line(x, y + hh, x + w, y + hh, theme.cardBorder(), 1);
    Color text = theme.textOn(header);
    double room = w - 2 * INSET;
    svg.text(
        measurer.elide(entity.name(), CanvasTheme.NAME_FONT, room),
        x + INSET,
        y + 21,
        CanvasTheme.NAME_FONT,
        text,
        TextAlignment.LEFT,
        VPos.BASELINE);
    Color icon = text.deriveColor(0, 1, 1, 0.55);
    double ix = x + INSET;
    double iy = y + 28.5;
    svg.roundRect(ix + 0.5, iy + 0.5, 10, 9, 0, null, icon, 1);
    svg.line(ix + 0.5, iy + 3.5, ix + 10.5, iy + 3.5, icon, 1);
    svg.line(ix + 5.5, iy + 3.5, ix + 5.5, iy + 9.5, icon, 1);
    svg.text(
        measurer.elide(entity.tableName(), CanvasTheme.TABLE_FONT, room - 15),
        x + INSET + 15,
        y + 37,
        CanvasTheme.TABLE_FONT,
        text.equals(Color.WHITE) ? text.deriveColor(0, 1, 1, 0.8) : theme.mutedText(),
        TextAlignment.LEFT,
        VPos.BASELINE);
  }

  private void rows(Entity entity, Rectangle2D card, Set<String> foreignKeys) {
    double x = card.getMinX();
    double right = card.getMaxX() - INSET;
    if (entity.attributes().isEmpty()) {
      svg.text(
          "no attributes",
          x + INSET,
          CardMetrics.rowCenterY(card, 0),
          CanvasTheme.TRAITS_FONT,
          theme.mutedText(),
          TextAlignment.LEFT,
          VPos.CENTER);
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
      svg.text(
          type,
          typeLeft,
          cy,
          CanvasTheme.TYPE_FONT,
          theme.mutedText(),
          TextAlignment.LEFT,
          VPos.CENTER);
      if (a.nullable()) {
        svg.text(
            "?",
            right - nullableWidth + 1,
            cy,
            CanvasTheme.KEY_ROW_FONT,
            theme.warning(),
            TextAlignment.LEFT,
            VPos.CENTER);
      }
      String extra = a.primaryKey() && fk ? "FK" : a.unique() && !a.primaryKey() ? "UQ" : null;
      double nameLeft = x + EntityCardRenderer.NAME_LEFT;
      double extraWidth = extra == null ? 0 : 26;
      Font font = a.primaryKey() ? CanvasTheme.KEY_ROW_FONT : CanvasTheme.ROW_FONT;
      String name = measurer.elide(a.name(), font, typeLeft - 10 - extraWidth - nameLeft);
      svg.text(name, nameLeft, cy, font, theme.text(), TextAlignment.LEFT, VPos.CENTER);
      if (extra != null) {
        Color c = extra.equals("FK") ? theme.foreignKey() : theme.mutedText();
        pill(nameLeft + measurer.width(name, font) + 6, cy, extra, c);
      }
    }
    traits(entity, card);
  }

  private void traits(Entity entity, Rectangle2D card) {
    if (entity.traits().isEmpty()) {
      return;
    }
    double top = CardMetrics.rowTop(card, CardMetrics.rowCount(entity)) + CardMetrics.PADDING;
    svg.line(
        card.getMinX() + INSET,
        top,
        card.getMaxX() - INSET,
        top,
        theme.cardBorder().deriveColor(0, 1, 1, 0.6),
        1);
    String traits =
        entity.traits().stream()
            .map(EntityCardRenderer::traitLabel)
            .collect(Collectors.joining(" · ", "+ ", ""));
    svg.text(
        measurer.elide(traits, CanvasTheme.TRAITS_FONT, card.getWidth() - 2 * INSET),
        card.getMinX() + INSET,
        top + CardMetrics.TRAITS_HEIGHT / 2,
        CanvasTheme.TRAITS_FONT,
        theme.mutedText(),
        TextAlignment.LEFT,
        VPos.CENTER);
  }

  private void pill(double x, double cy, String label, Color color) {
    double w = 22;
    svg.roundRect(
        x, cy - PILL_HEIGHT / 2, w, PILL_HEIGHT, 6, color.deriveColor(0, 0.6, 1.6, 0.18), null, 0);
    svg.text(label, x + w / 2, cy, CanvasTheme.PILL_FONT, color, TextAlignment.CENTER, VPos.CENTER);
  }
}
