package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import io.schemaforge.model.Note;
import io.schemaforge.model.Relationship;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Paints one frame of the diagram: grid, groups, notes, lines, then cards on top. Only what
 * intersects the viewport is drawn, so a frame costs what is visible, not the model's size.
 */
final class DiagramRenderer {
  /** Marks and labels reach a little beyond a line's own extent. */
  private static final double EDGE_MARGIN = 40;

  /**
   * With cards drawn as boxes, past this many lines in view they are a grey wash over the cards
   * that tells nothing and costs the software rasteriser most of the frame: then only the lines of
   * the selection are drawn (zooming in brings them all back).
   */
  static final int MAX_PLAIN_LINES_AS_BOXES = 1500;

  /**
   * How far a card's shadow, problem badge and selection outline reach beyond its rectangle, in
   * model units: the badge and outline keep a size on screen, so the reach grows as the zoom drops.
   */
  static double cardOverhang(double zoom) {
    return Math.max(16, 12 / zoom);
  }

  private final TextMeasurer measurer = new TextMeasurer();

  /** The whole picture of the view model's viewport, in one pass (no cache). */
  FrameStats draw(
      GraphicsContext gc, CanvasViewModel vm, LiveValidator validator, CanvasTheme theme) {
    DiagramView view = DiagramView.of(vm, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
    return draw(gc, vm, validator, theme, view, DiagramLayer.all());
  }

  /**
   * Paints one layer of a view: onto the window's canvas, or onto a tile (a view whose pan puts the
   * tile's corner at the origin).
   */
  FrameStats draw(
      GraphicsContext gc,
      CanvasViewModel vm,
      LiveValidator validator,
      CanvasTheme theme,
      DiagramView view,
      DiagramLayer layer) {
    double zoom = view.zoom();
    double panX = view.panX();
    double panY = view.panY();
    gc.setTransform(new Affine());
    if (layer.base()) {
      gc.setFill(theme.background());
      gc.fillRect(0, 0, view.width(), view.height());
      new LayoutDecorationRenderer(gc, theme, measurer)
          .drawGrid(view.width(), view.height(), zoom, panX, panY);
    }
    gc.setTransform(zoom, 0, 0, zoom, panX, panY);

    Rectangle2D area = view.visibleArea();
    DiagramGeometry geometry = vm.geometry();
    Model model = geometry.model();
    CanvasSelection selection = vm.selection();
    if (layer.base()) {
      drawDecorations(gc, theme, vm, area, zoom);
    }
    Set<String> selectedEntities = selection.entities();
    String selectedRelationship = selection.relationshipProperty().get();
    boolean details = zoom >= CanvasViewModel.DETAIL_ZOOM;
    Rectangle2D edgeArea = grow(area, EDGE_MARGIN);
    RelationshipRenderer edges = new RelationshipRenderer(gc, theme, measurer);
    int edgeCount = 0;
    List<EdgeRoute> plain = new ArrayList<>();
    List<Relationship> markedLater = new ArrayList<>();
    // Wider than the area: a tile must show the part of a label, shadow or badge that reaches in
    // from a line or card just beyond its edge, or tiles side by side would show a seam.
    for (Relationship r : relationshipsOf(layer, geometry, edgeArea)) {
      if (!layer.drawsRelationship(r)) {
        continue;
      }
      Optional<EdgeRoute> route = geometry.route(r);
      if (route.isPresent() && route.get().bounds().intersects(edgeArea)) {
        boolean highlighted =
            r.id().equals(selectedRelationship)
                || selectedEntities.contains(r.sourceEntityId())
                || selectedEntities.contains(r.targetEntityId());
        if (details) {
          edges.draw(r, route.get(), highlighted, true, zoom);
        } else if (highlighted) {
          markedLater.add(r); // over the plain lines
        } else {
          plain.add(route.get());
        }
        edgeCount++;
      }
    }
    boolean plainLines =
        layer.plainLines() != null ? layer.plainLines() : showsPlainLines(zoom, plain.size());
    if (plainLines) {
      edges.drawPlain(plain, zoom);
    }
    for (Relationship r : markedLater) {
      edges.draw(r, geometry.route(r).orElseThrow(), true, false, zoom);
    }
    EntityCardRenderer cards = new EntityCardRenderer(gc, theme, measurer);
    int cardCount = 0;
    for (String id : entitiesOf(layer, geometry, grow(area, cardOverhang(zoom)))) {
      if (!layer.drawsEntity(id)) {
        continue;
      }
      Entity e = model.schema().requireEntity(id);
      Rectangle2D card = geometry.card(id).orElseThrow();
      cards.draw(
          e, card, cardState(model, validator, e, selectedEntities.contains(id), details), zoom);
      cardCount++;
    }
    if (layer.live()) {
      new InteractionRenderer(gc, theme).draw(vm, zoom);
    }
    gc.setTransform(new Affine());
    if (layer.base() && model.schema().entities().isEmpty()) {
      if (vm.openingProperty().get()) {
        drawHint(gc, theme, view.width(), view.height(), "Opening the model…", "");
      } else {
        drawHint(
            gc,
            theme,
            view.width(),
            view.height(),
            "This model is empty",
            "Drag an entity from the palette, or double-click here to add one");
      }
    }
    return new FrameStats(cardCount, edgeCount);
  }

  /**
   * The lines a layer may draw: near the area, or for the live layer only those of its cards (the
   * live layer is drawn on every frame; looking at every line in view for it would cost as much at
   * 10 % as the picture it spares).
   */
  private static Collection<Relationship> relationshipsOf(
      DiagramLayer layer, DiagramGeometry geometry, Rectangle2D area) {
    if (layer.base()) {
      return geometry.relationshipsNear(area);
    }
    Set<Relationship> lines = new LinkedHashSet<>();
    for (String id : layer.liveEntities()) {
      lines.addAll(geometry.model().schema().relationshipsOf(id));
    }
    return lines;
  }

  /** The cards a layer may draw, in drawing order. */
  private static List<String> entitiesOf(
      DiagramLayer layer, DiagramGeometry geometry, Rectangle2D area) {
    if (layer.base()) {
      return geometry.entitiesIn(area);
    }
    List<String> cards = new ArrayList<>();
    for (String id : layer.liveEntities()) {
      if (geometry.card(id).filter(c -> c.intersects(area)).isPresent()) {
        cards.add(id);
      }
    }
    return cards;
  }

  /** Whether lines are drawn at a zoom with this many plain (not highlighted) lines in view. */
  static boolean showsPlainLines(double zoom, int plainLines) {
    return zoom >= EntityCardRenderer.BOX_ZOOM || plainLines <= MAX_PLAIN_LINES_AS_BOXES;
  }

  /**
   * Whether lines are drawn over an area at a zoom. Counts plain lines only until the answer is
   * known: at the fitted zoom of a 5,000-entity model that routes 1,501 of its 7,500 lines instead
   * of every one, only to learn that none is drawn (about a fifth of a second of the first frame).
   */
  static boolean showsPlainLines(CanvasViewModel vm, double zoom, Rectangle2D area) {
    if (zoom >= EntityCardRenderer.BOX_ZOOM) {
      return true;
    }
    int[] counted =
        countLines(
            vm.geometry(),
            vm.selection().entities(),
            vm.selection().relationshipProperty().get(),
            area,
            MAX_PLAIN_LINES_AS_BOXES + 1);
    return showsPlainLines(zoom, counted[1]);
  }

  /**
   * What a full draw of an area would count, without drawing: the cards and lines in it, and how
   * many of those lines are plain (neither selected nor touching a selected card).
   */
  static LineCount count(
      DiagramGeometry geometry,
      Set<String> selected,
      String selectedRelationship,
      Rectangle2D area) {
    int[] counted = countLines(geometry, selected, selectedRelationship, area, Integer.MAX_VALUE);
    return new LineCount(geometry.entitiesIn(area).size(), counted[0], counted[1]);
  }

  /** {lines, plain lines} in an area, counting until {@code plainLimit} plain lines are found. */
  private static int[] countLines(
      DiagramGeometry geometry,
      Set<String> selected,
      String selectedRelationship,
      Rectangle2D area,
      int plainLimit) {
    Rectangle2D edgeArea = grow(area, EDGE_MARGIN);
    int lines = 0;
    int plain = 0;
    for (Relationship r : geometry.relationshipsNear(area)) {
      Optional<EdgeRoute> route = geometry.route(r);
      if (route.isPresent() && route.get().bounds().intersects(edgeArea)) {
        lines++;
        if (!r.id().equals(selectedRelationship)
            && !selected.contains(r.sourceEntityId())
            && !selected.contains(r.targetEntityId())) {
          plain++;
          if (plain >= plainLimit) {
            break;
          }
        }
      }
    }
    return new int[] {lines, plain};
  }

  /** Cards and lines in an area, and how many of the lines are plain. */
  record LineCount(int cards, int lines, int plainLines) {}

  private void drawDecorations(
      GraphicsContext gc, CanvasTheme theme, CanvasViewModel vm, Rectangle2D area, double zoom) {
    LayoutDecorationRenderer decorations = new LayoutDecorationRenderer(gc, theme, measurer);
    Layout layout = vm.geometry().model().layout();
    CanvasSelection selection = vm.selection();
    CanvasOverlay.LayoutDrag drag = vm.layoutDragProperty().get();
    for (Group g : layout.groups()) {
      Group shown = drag != null && drag.id().equals(g.id()) ? movedGroup(g, drag) : g;
      if (DiagramGeometry.toRect(shown.bounds()).intersects(grow(area, cardOverhang(zoom)))) {
        decorations.drawGroup(shown, zoom, g.id().equals(selection.groupProperty().get()));
      }
    }
    for (Note n : layout.notes()) {
      Note shown =
          drag != null && drag.id().equals(n.id())
              ? new Note(
                  n.id(),
                  n.text(),
                  n.bounds().moveTo(n.bounds().x() + drag.dx(), n.bounds().y() + drag.dy()))
              : n;
      if (DiagramGeometry.toRect(shown.bounds()).intersects(grow(area, cardOverhang(zoom)))) {
        decorations.drawNote(shown, zoom, n.id().equals(selection.noteProperty().get()));
      }
    }
  }

  private static void drawHint(
      GraphicsContext gc,
      CanvasTheme theme,
      double width,
      double height,
      String headline,
      String detail) {
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    gc.setFill(theme.text());
    gc.setFont(Font.font(CanvasTheme.FONT_FAMILY, FontWeight.BOLD, 15));
    gc.fillText(headline, width / 2, height / 2 - 12);
    gc.setFill(theme.mutedText());
    gc.setFont(CanvasTheme.ROW_FONT);
    gc.fillText(detail, width / 2, height / 2 + 12);
    gc.setTextAlign(TextAlignment.LEFT);
  }

  private static EntityCardRenderer.CardState cardState(
      Model model, LiveValidator validator, Entity e, boolean selected, boolean details) {
    // Key marks are on the rows, which only the detail level draws.
    Set<String> foreignKeys = details ? new HashSet<>() : Set.of();
    for (Relationship r :
        details ? model.schema().relationshipsOf(e.id()) : List.<Relationship>of()) {
      if (r.targetEntityId().equals(e.id())) {
        foreignKeys.addAll(r.foreignKeyAttributeIds());
      }
    }
    int errors = 0;
    int warnings = 0;
    for (Diagnostic d : validator.diagnosticsOf(e.id())) {
      if (d.severity() == Severity.ERROR) {
        errors++;
      } else {
        warnings++;
      }
    }
    Color color = model.layout().color(e.id()).map(DiagramRenderer::parseColor).orElse(null);
    return new EntityCardRenderer.CardState(
        color, selected, details, foreignKeys, errors, warnings);
  }

  private static Color parseColor(String css) {
    try {
      return Color.web(css);
    } catch (IllegalArgumentException e) {
      return null; // a colour the file got wrong is not worth failing a frame for
    }
  }

  private static Group movedGroup(Group g, CanvasOverlay.LayoutDrag drag) {
    return new Group(
        g.id(),
        g.name(),
        g.color(),
        g.entityIds(),
        g.bounds().moveTo(g.bounds().x() + drag.dx(), g.bounds().y() + drag.dy()));
  }

  static Rectangle2D grow(Rectangle2D r, double by) {
    return new Rectangle2D(
        r.getMinX() - by, r.getMinY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
  }
}
