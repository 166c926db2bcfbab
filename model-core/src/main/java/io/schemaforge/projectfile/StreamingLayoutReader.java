package io.schemaforge.projectfile;

import io.schemaforge.model.Bounds;
import io.schemaforge.model.Group;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Note;
import io.schemaforge.model.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code layout} object from the token stream. The layout may come before the schema in
 * the file, and what it keeps depends on the schema (positions and group members of entities that
 * are gone are dropped), so {@link #read} collects it and {@link Pending#toLayout} puts it together
 * once the schema is known. Every known field has a number (the argument of {@link
 * TokenCursor#once}) to notice a field that appears twice.
 */
final class StreamingLayoutReader {
  private final TokenCursor in;
  private final UniqueIds ids;

  StreamingLayoutReader(TokenCursor in, UniqueIds ids) {
    this.in = in;
    this.ids = ids;
  }

  /** An entity's box and colour, kept only if the schema has the entity. */
  private record Placement(StreamingBounds box, String color) {}

  /** A group before its members are checked against the schema. */
  private record PendingGroup(
      String id, String name, String color, List<String> entityIds, Bounds bounds) {}

  /** The layout as read, waiting for the schema. */
  static final class Pending {
    private final Map<String, Placement> placements = new LinkedHashMap<>();
    private List<Note> notes = List.of();
    private List<PendingGroup> groups = List.of();

    /** The layout the tree reader makes of the same file, in the same order of calls. */
    Layout toLayout(Schema schema) throws StreamingGaveUp {
      Layout layout = new Layout();
      for (Map.Entry<String, Placement> p : placements.entrySet()) {
        // As in the tree reader: a position for an entity that is gone is dropped, not checked.
        if (schema.entity(p.getKey()).isPresent()) {
          layout.setBounds(p.getKey(), p.getValue().box().toBounds());
          layout.setColor(p.getKey(), p.getValue().color());
        }
      }
      for (Note n : notes) {
        layout.putNote(layout.notes().size(), n);
      }
      for (PendingGroup g : groups) {
        List<String> members = new ArrayList<>();
        for (String m : g.entityIds()) {
          if (schema.entity(m).isPresent()) {
            members.add(m);
          }
        }
        layout.putGroup(
            layout.groups().size(), new Group(g.id(), g.name(), g.color(), members, g.bounds()));
      }
      return layout;
    }
  }

  /** Reads the layout whose object starts under the parser, up to and including its end. */
  Pending read() throws IOException, StreamingGaveUp {
    Pending layout = new Pending();
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "entities" -> {
          in.once(0);
          if (in.startObject()) {
            readPlacements(layout.placements);
          }
        }
        case "notes" -> layout.notes = in.once(1).objects(this::readNote);
        case "groups" -> layout.groups = in.once(2).objects(this::readGroup);
        default -> in.skipValue();
      }
    }
    return layout;
  }

  /**
   * The entries of {@code layout.entities}, keyed by entity id. Unlike the tree reader, an entry
   * for an entity that is gone is read too, so a damaged one makes the streaming reader give up
   * where the tree reader would drop it unread: slower for that rare file, never wrong.
   */
  private void readPlacements(Map<String, Placement> placements)
      throws IOException, StreamingGaveUp {
    String entityId;
    while ((entityId = in.nextField()) != null) {
      if (!in.startObject()) {
        throw new StreamingGaveUp("a layout entry that is not an object");
      }
      StreamingBounds box = new StreamingBounds();
      String color = null;
      String field;
      while ((field = in.nextField()) != null) {
        if (box.read(field, in)) {
          continue;
        }
        if (field.equals("color")) {
          color = in.once(0).optionalText();
        } else {
          in.skipValue();
        }
      }
      if (placements.put(entityId, new Placement(box, color)) != null) {
        throw new StreamingGaveUp("an entity placed twice");
      }
    }
  }

  private Note readNote() throws IOException, StreamingGaveUp {
    StreamingBounds box = new StreamingBounds();
    String id = null;
    String text = null;
    String field;
    while ((field = in.nextField()) != null) {
      if (box.read(field, in)) {
        continue;
      }
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "text" -> text = in.once(1).text();
        default -> in.skipValue();
      }
    }
    if (id == null || text == null) {
      throw new StreamingGaveUp("a note misses its id or text");
    }
    return new Note(id, text, box.toBounds());
  }

  private PendingGroup readGroup() throws IOException, StreamingGaveUp {
    StreamingBounds box = new StreamingBounds();
    String id = null;
    String name = null;
    String color = null;
    List<String> entityIds = List.of();
    String field;
    while ((field = in.nextField()) != null) {
      if (box.read(field, in)) {
        continue;
      }
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "name" -> name = in.once(1).text();
        case "color" -> color = in.once(2).optionalText();
        case "entities" -> entityIds = in.once(3).texts();
        default -> in.skipValue();
      }
    }
    if (id == null || name == null) {
      throw new StreamingGaveUp("a group misses its id or name");
    }
    return new PendingGroup(id, name, color, entityIds, box.toBounds());
  }
}
