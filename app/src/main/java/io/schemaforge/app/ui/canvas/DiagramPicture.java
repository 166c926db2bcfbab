package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Model;
import io.schemaforge.model.Note;
import io.schemaforge.model.Relationship;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Rectangle2D;

/**
 * What an exported diagram image shows, in model units: the whole diagram or a selection (the
 * selected cards, notes and groups, and the relationships between selected cards), and the area
 * that holds all of it with a margin. The PNG painter and the SVG writer both draw from this, with
 * the geometry the canvas uses, so the two formats and the window agree.
 */
public record DiagramPicture(
    DiagramGeometry geometry,
    List<Entity> entities,
    List<Relationship> relationships,
    List<Note> notes,
    List<Group> groups,
    Rectangle2D bounds) {

  /** Room around the content for shadows, end marks and navigation names beside lines. */
  static final double MARGIN = 32;

  public DiagramPicture {
    entities = List.copyOf(entities);
    relationships = List.copyOf(relationships);
    notes = List.copyOf(notes);
    groups = List.copyOf(groups);
  }

  /** Everything in the model. */
  public static DiagramPicture whole(Model model) {
    return build(
        model,
        model.schema().entities(),
        model.schema().relationships(),
        model.layout().notes(),
        model.layout().groups());
  }

  /**
   * Only the elements whose ids are given (entities, notes, groups with the entities in them);
   * relationships are shown when both their cards are.
   *
   * @throws IllegalArgumentException naming the ids that are not in the model
   */
  public static DiagramPicture selection(Model model, Collection<String> ids) {
    Set<String> wanted = new LinkedHashSet<>(ids);
    List<Note> notes = new ArrayList<>();
    for (Note n : model.layout().notes()) {
      if (wanted.remove(n.id())) {
        notes.add(n);
      }
    }
    List<Group> groups = new ArrayList<>();
    Set<String> members = new HashSet<>();
    for (Group g : model.layout().groups()) {
      if (wanted.remove(g.id())) {
        groups.add(g);
        // A group is a subject area: picking it means picking what is in it.
        members.addAll(g.entityIds());
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Entity e : model.schema().entities()) {
      if (wanted.remove(e.id()) | members.contains(e.id())) {
        entities.add(e);
      }
    }
    if (!wanted.isEmpty()) {
      throw new IllegalArgumentException("not in the model: " + String.join(", ", wanted));
    }
    Set<String> shown = new HashSet<>();
    entities.forEach(e -> shown.add(e.id()));
    List<Relationship> relationships = new ArrayList<>();
    for (Relationship r : model.schema().relationships()) {
      if (shown.contains(r.sourceEntityId()) && shown.contains(r.targetEntityId())) {
        relationships.add(r);
      }
    }
    return build(model, entities, relationships, notes, groups);
  }

  private static DiagramPicture build(
      Model model,
      List<Entity> entities,
      List<Relationship> relationships,
      List<Note> notes,
      List<Group> groups) {
    DiagramGeometry geometry = DiagramGeometry.of(model);
    List<Rectangle2D> parts = new ArrayList<>();
    for (Entity e : entities) {
      geometry.card(e.id()).ifPresent(parts::add);
    }
    TextMeasurer measurer = new TextMeasurer();
    for (Relationship r : relationships) {
      geometry.route(r).ifPresent(route -> addLabelRoom(r, route, measurer, parts));
    }
    notes.forEach(n -> parts.add(DiagramGeometry.toRect(n.bounds())));
    groups.forEach(g -> parts.add(DiagramGeometry.toRect(g.bounds())));
    return new DiagramPicture(geometry, entities, relationships, notes, groups, around(parts));
  }

  /**
   * The line and the room its labels may take: navigation names run past the ends (a self-loop's
   * reach beyond the card's right side), a join table's name sits on or beside the longest segment.
   * Generous rather than exact, so an image never clips a name.
   */
  private static void addLabelRoom(
      Relationship r, EdgeRoute route, TextMeasurer measurer, List<Rectangle2D> parts) {
    parts.add(route.bounds());
    double along = 24;
    double lineHeight = 16;
    String[] names = {r.targetNavigation(), r.sourceNavigation()};
    javafx.geometry.Point2D[] ends = {route.start(), route.end()};
    javafx.geometry.Point2D[] directions = {route.startDirection(), route.endDirection()};
    for (int i = 0; i < 2; i++) {
      if (names[i] == null || names[i].isBlank()) {
        continue;
      }
      double w = measurer.width(names[i], CanvasTheme.LABEL_FONT);
      javafx.geometry.Point2D p = ends[i];
      javafx.geometry.Point2D u = directions[i];
      if (Math.abs(u.getX()) > Math.abs(u.getY())) {
        double x = u.getX() > 0 ? p.getX() : p.getX() - along - w;
        parts.add(new Rectangle2D(x, p.getY() - lineHeight - 2, along + w, 2 * lineHeight + 4));
      } else {
        double y = u.getY() > 0 ? p.getY() : p.getY() - along - lineHeight;
        parts.add(new Rectangle2D(p.getX() - 6 - w, y, 2 * (6 + w), along + lineHeight));
      }
    }
    if (r.joinTable() != null) {
      double w = measurer.width(r.joinTable().tableName(), CanvasTheme.LABEL_FONT) + 24;
      javafx.geometry.Point2D m = route.segmentMiddle(route.longestSegment());
      parts.add(new Rectangle2D(m.getX() - w / 2, m.getY() - 24, 1.5 * w + 8, 48));
    }
  }

  private static Rectangle2D around(List<Rectangle2D> parts) {
    if (parts.isEmpty()) {
      // An empty picture is still a valid (small, blank) image rather than an error.
      return new Rectangle2D(0, 0, 2 * MARGIN, 2 * MARGIN);
    }
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Rectangle2D r : parts) {
      minX = Math.min(minX, r.getMinX());
      minY = Math.min(minY, r.getMinY());
      maxX = Math.max(maxX, r.getMaxX());
      maxY = Math.max(maxY, r.getMaxY());
    }
    return new Rectangle2D(
        minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN);
  }

  /** The entity's attributes that are foreign keys (marked FK on its card). */
  Set<String> foreignKeysOf(Entity e) {
    Set<String> foreignKeys = new HashSet<>();
    for (Relationship r : geometry.model().schema().relationshipsOf(e.id())) {
      if (r.targetEntityId().equals(e.id())) {
        foreignKeys.addAll(r.foreignKeyAttributeIds());
      }
    }
    return foreignKeys;
  }
}
