package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Group;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Note;
import io.schemaforge.model.Relationship;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;

/**
 * Keeps the cached tiles true to the model: before each frame it compares what the tiles were drawn
 * from (geometry, selection, moving cards, notes, groups, colours) with what is there now and drops
 * the tiles the difference touches. A change of the layout alone (cards moved or resized) costs the
 * tiles under the old and the new place of each card and its lines; any other edit of the model
 * redraws all visible tiles once, since it may change a badge or a row anywhere.
 */
final class TileInvalidation {

  /** Arrow heads, labels and navigation names reach beyond a line's route. */
  private static final double LINE_MARGIN = 40;

  private Set<String> selected = Set.of();
  private String selectedRelationship;
  private String selectedNote;
  private String selectedGroup;
  private Set<String> moving = Set.of();
  private List<Note> notes = List.of();
  private List<Group> groups = List.of();
  private Map<String, String> colours = Map.of();

  private final CanvasViewModel vm;
  private final DiagramTiles tiles;

  /** Follows every geometry the view model publishes, so none is missed between two frames. */
  TileInvalidation(CanvasViewModel vm, DiagramTiles tiles) {
    this.vm = vm;
    this.tiles = tiles;
    vm.geometryProperty().addListener((obs, before, now) -> geometryChanged(before, now));
  }

  private void geometryChanged(DiagramGeometry before, DiagramGeometry now) {
    Optional<Set<String>> changed =
        before == null ? Optional.empty() : now.changedCardsSince(before.serial());
    if (changed.isEmpty()) {
      tiles.clear();
      return;
    }
    Set<String> nowMoving = vm.movingEntitiesProperty().get();
    for (String id : changed.get()) {
      // A card being dragged is not in the tiles: only its release redraws them.
      if (!moving.contains(id) || !nowMoving.contains(id)) {
        invalidateFootprint(tiles, before, id);
        invalidateFootprint(tiles, now, id);
      }
    }
    // Lines that went around a moved card (or now may have to): where they were and where they go.
    // The lines of cards being dragged are drawn live, not from the tiles.
    for (Map.Entry<String, EdgeRoute> e : now.droppedRoutes().entrySet()) {
      Optional<Relationship> r = now.model().schema().relationship(e.getKey());
      boolean live =
          r.isPresent()
              && (nowMoving.contains(r.get().sourceEntityId())
                  || nowMoving.contains(r.get().targetEntityId()));
      if (live) {
        continue;
      }
      // Most lines near a moved card keep their way: only a changed one costs tiles.
      Optional<EdgeRoute> route = r.flatMap(now::route);
      if (route.isEmpty() || !route.get().points().equals(e.getValue().points())) {
        tiles.invalidate(DiagramRenderer.grow(e.getValue().bounds(), LINE_MARGIN));
        route.ifPresent(n -> tiles.invalidate(DiagramRenderer.grow(n.bounds(), LINE_MARGIN)));
      }
    }
  }

  /** Drops the tiles the selection, the moving cards, notes, groups or colours no longer match. */
  void update() {
    DiagramGeometry now = vm.geometry();
    Set<String> nowMoving = vm.movingEntitiesProperty().get();
    Layout layout = now.model().layout();
    if (!layout.notes().equals(notes)) {
      invalidateChanged(tiles, notes, layout.notes(), Note::id, n -> n.bounds());
      notes = List.copyOf(layout.notes());
    }
    if (!layout.groups().equals(groups)) {
      invalidateChanged(tiles, groups, layout.groups(), Group::id, g -> g.bounds());
      groups = List.copyOf(layout.groups());
    }
    if (!layout.allEntityColors().equals(colours)) {
      Map<String, String> nowColours = layout.allEntityColors();
      Set<String> ids = new HashSet<>(colours.keySet());
      ids.addAll(nowColours.keySet());
      for (String id : ids) {
        if (!Objects.equals(colours.get(id), nowColours.get(id))) {
          now.card(id)
              .ifPresent(c -> tiles.invalidate(DiagramRenderer.grow(c, tiles.cardMargin())));
        }
      }
      colours = Map.copyOf(nowColours);
    }
    CanvasSelection selection = vm.selection();
    Set<String> nowSelected = selection.entities();
    invalidateDifference(tiles, now, selected, nowSelected);
    selected = Set.copyOf(nowSelected);
    invalidateDifference(tiles, now, moving, nowMoving);
    moving = nowMoving;
    String relationship = selection.relationshipProperty().get();
    if (!Objects.equals(relationship, selectedRelationship)) {
      invalidateLine(tiles, now, selectedRelationship);
      invalidateLine(tiles, now, relationship);
      selectedRelationship = relationship;
    }
    String note = selection.noteProperty().get();
    if (!Objects.equals(note, selectedNote)) {
      invalidateById(tiles, notes, Note::id, n -> n.bounds(), selectedNote);
      invalidateById(tiles, notes, Note::id, n -> n.bounds(), note);
      selectedNote = note;
    }
    String group = selection.groupProperty().get();
    if (!Objects.equals(group, selectedGroup)) {
      invalidateById(tiles, groups, Group::id, g -> g.bounds(), selectedGroup);
      invalidateById(tiles, groups, Group::id, g -> g.bounds(), group);
      selectedGroup = group;
    }
  }

  private static void invalidateDifference(
      DiagramTiles tiles, DiagramGeometry g, Set<String> was, Set<String> is) {
    if (was.equals(is)) {
      return;
    }
    for (String id : was) {
      if (!is.contains(id)) {
        invalidateFootprint(tiles, g, id);
      }
    }
    for (String id : is) {
      if (!was.contains(id)) {
        invalidateFootprint(tiles, g, id);
      }
    }
  }

  /** A card and every line that ends on it: what changes when the card moves or is selected. */
  private static void invalidateFootprint(DiagramTiles tiles, DiagramGeometry g, String entityId) {
    Optional<Rectangle2D> card = g.card(entityId);
    if (card.isEmpty()) {
      return;
    }
    tiles.invalidate(DiagramRenderer.grow(card.get(), tiles.cardMargin()));
    for (Relationship r : g.model().schema().relationshipsOf(entityId)) {
      g.route(r)
          .ifPresent(route -> tiles.invalidate(DiagramRenderer.grow(route.bounds(), LINE_MARGIN)));
    }
  }

  private static void invalidateLine(DiagramTiles tiles, DiagramGeometry g, String relationshipId) {
    if (relationshipId == null) {
      return;
    }
    g.model()
        .schema()
        .relationship(relationshipId)
        .flatMap(g::route)
        .ifPresent(route -> tiles.invalidate(DiagramRenderer.grow(route.bounds(), LINE_MARGIN)));
  }

  private static <T> void invalidateChanged(
      DiagramTiles tiles,
      List<T> was,
      List<T> is,
      Function<T, String> id,
      Function<T, io.schemaforge.model.Bounds> bounds) {
    Set<T> unchanged = new HashSet<>(was);
    unchanged.retainAll(is);
    for (T t : was) {
      if (!unchanged.contains(t)) {
        tiles.invalidate(
            DiagramRenderer.grow(DiagramGeometry.toRect(bounds.apply(t)), tiles.cardMargin()));
      }
    }
    for (T t : is) {
      if (!unchanged.contains(t)) {
        tiles.invalidate(
            DiagramRenderer.grow(DiagramGeometry.toRect(bounds.apply(t)), tiles.cardMargin()));
      }
    }
  }

  private static <T> void invalidateById(
      DiagramTiles tiles,
      List<T> items,
      Function<T, String> id,
      Function<T, io.schemaforge.model.Bounds> bounds,
      String wanted) {
    if (wanted == null) {
      return;
    }
    for (T t : items) {
      if (id.apply(t).equals(wanted)) {
        tiles.invalidate(
            DiagramRenderer.grow(DiagramGeometry.toRect(bounds.apply(t)), tiles.cardMargin()));
      }
    }
  }
}
