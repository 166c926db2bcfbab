package io.schemaforge.app.ui.canvas;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.ChangeEntityCommentCommand;
import io.schemaforge.command.Command;
import io.schemaforge.command.CompositeCommand;
import io.schemaforge.command.SetTraitCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Ids;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.Trait;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Copy, paste and duplicate of entities within the app. A pasted entity is a new element: new ids,
 * a free name ({@code PostCopy}), placed a little below and right of the original, as one undo
 * step. Relationships between copied entities are copied too (their foreign keys and join tables
 * made again by {@link AddRelationshipCommand}); a relationship to an entity left out of the copy
 * is not, its foreign-key attribute comes along as a plain attribute.
 */
public final class CanvasClipboard {
  static final double OFFSET = 40;

  private final DocumentViewModel document;
  private final CanvasViewModel canvas;
  private final CanvasEditor editor;
  private List<Copied> copied = List.of();
  private List<Relationship> copiedRelationships = List.of();
  private int pasteCount;

  private record Copied(Entity entity, Rectangle2D card) {}

  public CanvasClipboard(DocumentViewModel document, CanvasViewModel canvas, CanvasEditor editor) {
    this.document = document;
    this.canvas = canvas;
    this.editor = editor;
  }

  /** Remembers the selected entities as they are now; false when none is selected. */
  public boolean copy() {
    List<Copied> list = new ArrayList<>();
    for (String id : canvas.selection().entities()) {
      document
          .model()
          .schema()
          .entity(id)
          .ifPresent(
              e ->
                  list.add(
                      new Copied(e.copy(), canvas.geometry().card(id).orElse(Rectangle2D.EMPTY))));
    }
    if (list.isEmpty()) {
      return false;
    }
    java.util.Set<String> ids = canvas.selection().entities();
    copiedRelationships =
        document.model().schema().relationships().stream()
            .filter(r -> ids.contains(r.sourceEntityId()) && ids.contains(r.targetEntityId()))
            .toList();
    copied = List.copyOf(list);
    pasteCount = 0;
    return true;
  }

  public boolean hasContent() {
    return !copied.isEmpty();
  }

  /** Adds copies of what was copied and selects them; false when nothing was copied. */
  public boolean paste() {
    if (copied.isEmpty()) {
      return false;
    }
    pasteCount++;
    List<Command> parts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    java.util.Map<String, String> newIds = new java.util.HashMap<>();
    // The relationships made again below create these foreign keys themselves.
    java.util.Set<String> remadeKeys = new java.util.HashSet<>();
    copiedRelationships.forEach(r -> remadeKeys.addAll(r.foreignKeyAttributeIds()));
    for (Copied c : copied) {
      Entity e = c.entity();
      List<Attribute> attributes = new ArrayList<>();
      for (Attribute a : e.attributes()) {
        if (!remadeKeys.contains(a.id())) {
          attributes.add(withId(a, Ids.newId("att")));
        }
      }
      String name = editor.uniqueEntityName(e.name() + "Copy", names);
      names.add(name.toLowerCase(java.util.Locale.ROOT));
      AddEntityCommand add =
          AddEntityCommand.withAttributes(
              name,
              attributes,
              c.card().getMinX() + OFFSET * pasteCount,
              c.card().getMinY() + OFFSET * pasteCount);
      parts.add(add);
      ids.add(add.entityId());
      newIds.put(e.id(), add.entityId());
      for (Trait t : e.traits()) {
        parts.add(new SetTraitCommand(add.entityId(), t, true));
      }
      if (e.comment() != null) {
        parts.add(new ChangeEntityCommentCommand(add.entityId(), e.comment()));
      }
    }
    for (Relationship r : copiedRelationships) {
      parts.add(
          new AddRelationshipCommand(
              new Relationship(
                  Ids.newId("rel"),
                  r.kind(),
                  newIds.get(r.sourceEntityId()),
                  newIds.get(r.targetEntityId()),
                  List.of(),
                  null,
                  r.sourceNavigation(),
                  r.targetNavigation(),
                  r.required(),
                  r.onDelete())));
    }
    document.execute(
        new CompositeCommand(
            ids.size() == 1 ? "Paste entity" : "Paste " + ids.size() + " entities", parts));
    document.stack().seal();
    canvas.selection().selectEntities(ids);
    return true;
  }

  /** Copy and paste in one step (Ctrl+D), leaving the clipboard as it was. */
  public boolean duplicate() {
    List<Copied> kept = copied;
    List<Relationship> keptRelationships = copiedRelationships;
    int keptCount = pasteCount;
    boolean done = copy() && paste();
    copied = kept;
    copiedRelationships = keptRelationships;
    pasteCount = keptCount;
    return done;
  }

  /** An attribute with another id and everything else the same. */
  static Attribute withId(Attribute a, String id) {
    return Attribute.builder(id, a.name(), a.columnName(), a.type())
        .sourceName(a.sourceName())
        .length(a.length())
        .precision(a.precision())
        .scale(a.scale())
        .primaryKey(a.primaryKey())
        .identity(a.identity())
        .nullable(a.nullable())
        .unique(a.unique())
        .defaultValue(a.defaultValue())
        .sensitive(a.sensitive())
        .comment(a.comment())
        .enumValues(a.enumValues())
        .hints(a.hints())
        .build();
  }
}
