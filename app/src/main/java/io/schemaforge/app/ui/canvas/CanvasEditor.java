package io.schemaforge.app.ui.canvas;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.Command;
import io.schemaforge.command.CompositeCommand;
import io.schemaforge.command.DeleteEntityCommand;
import io.schemaforge.command.DeleteGroupCommand;
import io.schemaforge.command.DeleteNoteCommand;
import io.schemaforge.command.DeleteRelationshipCommand;
import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.command.PutGroupCommand;
import io.schemaforge.command.PutNoteCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Ids;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import io.schemaforge.model.Note;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Rectangle2D;

/**
 * What the canvas's gestures do to the model, each as one command on the document's stack: create
 * an entity, note or group, rename in place, connect two cards, move the selection with snapping,
 * and delete it. Testable without a window; the view only turns mouse and keys into these calls.
 */
public final class CanvasEditor {
  /** Cards snap to this grid (model units), the grid the canvas draws. */
  public static final double GRID = 20;

  static final double NOTE_WIDTH = 200;
  static final double NOTE_HEIGHT = 90;
  static final double GROUP_WIDTH = 420;
  static final double GROUP_HEIGHT = 300;
  static final double GROUP_MARGIN = 30;

  /** What the palette can create. */
  public enum Creatable {
    ENTITY("Entity", Layout.DEFAULT_WIDTH, Layout.DEFAULT_HEIGHT),
    NOTE("Note", NOTE_WIDTH, NOTE_HEIGHT),
    GROUP("Group", GROUP_WIDTH, GROUP_HEIGHT);

    private final String label;
    private final double width;
    private final double height;

    Creatable(String label, double width, double height) {
      this.label = label;
      this.width = width;
      this.height = height;
    }

    public String label() {
      return label;
    }

    public double width() {
      return width;
    }

    public double height() {
      return height;
    }
  }

  private final DocumentViewModel document;
  private final CanvasViewModel canvas;
  private CardWidth cardWidth = CardWidth.NONE;
  private Map<String, double[]> moveStart = Map.of();
  private String moveAnchor;

  public CanvasEditor(DocumentViewModel document, CanvasViewModel canvas) {
    this.document = document;
    this.canvas = canvas;
  }

  /** How renames measure the card, to widen it when the new name would not fit. */
  public void setCardWidth(CardWidth cardWidth) {
    this.cardWidth = cardWidth;
  }

  private Model model() {
    return document.model();
  }

  /** Creates a palette item with its top-left corner at a model point; returns its id. */
  public String create(Creatable what, double x, double y) {
    return switch (what) {
      case ENTITY -> createEntityAt(x, y);
      case NOTE -> createNoteAt(x, y);
      case GROUP -> createGroupAt(x, y);
    };
  }

  /** Adds an entity with an id key at a model point (snapped), selects it and returns its id. */
  public String createEntityAt(double x, double y) {
    String name = uniqueEntityName("Entity");
    AddEntityCommand add = AddEntityCommand.withIdKey(name, snap(x), snap(y));
    document.execute(add);
    document.stack().seal();
    canvas.selection().selectEntity(add.entityId());
    return add.entityId();
  }

  /** Adds a note at a model point and selects it. */
  public String createNoteAt(double x, double y) {
    Note note =
        new Note(Ids.newId("note"), "Note", new Bounds(snap(x), snap(y), NOTE_WIDTH, NOTE_HEIGHT));
    document.execute(new PutNoteCommand(note));
    canvas.selection().selectNote(note.id());
    return note.id();
  }

  /**
   * Adds a group (subject area): around the selected entities when there are any, otherwise an
   * empty frame at the given point.
   */
  public String createGroupAt(double x, double y) {
    Set<String> members = canvas.selection().entities();
    Bounds bounds = new Bounds(snap(x), snap(y), GROUP_WIDTH, GROUP_HEIGHT);
    if (!members.isEmpty()) {
      Rectangle2D around = null;
      for (String id : members) {
        Rectangle2D card = canvas.geometry().card(id).orElseThrow();
        around = around == null ? card : union(around, card);
      }
      bounds =
          new Bounds(
              around.getMinX() - GROUP_MARGIN,
              around.getMinY() - GROUP_MARGIN - DiagramGeometry.GROUP_TITLE_HEIGHT,
              around.getWidth() + 2 * GROUP_MARGIN,
              around.getHeight() + 2 * GROUP_MARGIN + DiagramGeometry.GROUP_TITLE_HEIGHT);
    }
    String name = "Area " + (model().layout().groups().size() + 1);
    Group group = new Group(Ids.newId("grp"), name, "#dbeafe", List.copyOf(members), bounds);
    document.execute(new PutGroupCommand(group));
    canvas.selection().selectGroup(group.id());
    return group.id();
  }

  /**
   * Renames an entity. Its table follows when it still has the name derived from the old one, so
   * renaming {@code Entity} to {@code BlogPost} also gives the table {@code blog_posts}.
   *
   * @return false when the name is blank or unchanged (nothing done)
   */
  public boolean renameEntity(String entityId, String newName) {
    Optional<Command> rename =
        renameCommand(model(), entityId, newName)
            .map(
                c ->
                    cardWidth.fitting(
                        model(),
                        entityId,
                        c,
                        newName.strip(),
                        model().schema().requireEntity(entityId).attributes()));
    rename.ifPresent(
        c -> {
          document.execute(c);
          document.stack().seal();
        });
    return rename.isPresent();
  }

  /**
   * The command renaming an entity, its table following while it has the name derived from the old
   * one; empty when the name is blank or unchanged.
   */
  public static Optional<Command> renameCommand(Model model, String entityId, String newName) {
    String name = newName == null ? "" : newName.strip();
    Optional<Entity> entity = model.schema().entity(entityId);
    if (name.isEmpty() || entity.isEmpty() || name.equals(entity.get().name())) {
      return Optional.empty();
    }
    Entity e = entity.get();
    String table = tableFor(e.name()).equals(e.tableName()) ? tableFor(name) : null;
    return Optional.of(new RenameEntityCommand(entityId, name, table));
  }

  /** The table name derived from a class name: plural snake case. */
  public static String tableFor(String entityName) {
    return Names.plural(Names.snakeCase(entityName));
  }

  /**
   * Connects two entities (or one with itself), with its foreign key or join table, and selects it.
   */
  public String connect(String sourceId, String targetId, RelationshipKind kind) {
    AddRelationshipCommand add = AddRelationshipCommand.between(model(), kind, sourceId, targetId);
    document.execute(add);
    document.stack().seal();
    canvas.selection().selectRelationship(add.relationshipId());
    return add.relationshipId();
  }

  /** Starts moving the selected entities: remembers where they are; the move is one undo step. */
  public void beginMove(String anchorEntityId) {
    document.stack().seal();
    moveAnchor = anchorEntityId;
    Map<String, double[]> start = new LinkedHashMap<>();
    for (String id : canvas.selection().entities()) {
      canvas
          .geometry()
          .card(id)
          .ifPresent(r -> start.put(id, new double[] {r.getMinX(), r.getMinY()}));
    }
    moveStart = start;
  }

  /**
   * Moves the selection by a model offset from where {@link #beginMove} found it. With snapping the
   * anchor card's corner lands on the grid and the others keep their distance to it.
   */
  public void moveSelectionBy(double dx, double dy, boolean snap) {
    if (moveStart.isEmpty()) {
      return;
    }
    double[] anchor = moveStart.getOrDefault(moveAnchor, moveStart.values().iterator().next());
    double ax = anchor[0] + dx;
    double ay = anchor[1] + dy;
    if (snap) {
      ax = snap(ax);
      ay = snap(ay);
    }
    double sx = ax - anchor[0];
    double sy = ay - anchor[1];
    Map<String, double[]> targets = new LinkedHashMap<>();
    boolean moved = false;
    for (Map.Entry<String, double[]> e : moveStart.entrySet()) {
      targets.put(e.getKey(), new double[] {e.getValue()[0] + sx, e.getValue()[1] + sy});
      Rectangle2D now = canvas.geometry().card(e.getKey()).orElse(null);
      moved |=
          now == null
              || now.getMinX() != e.getValue()[0] + sx
              || now.getMinY() != e.getValue()[1] + sy;
    }
    if (moved) {
      document.execute(new MoveEntitiesCommand(targets));
    }
  }

  /** Ends a move; the next one is a new undo step. */
  public void endMove() {
    moveStart = Map.of();
    document.stack().seal();
  }

  /** Moves a note by a model offset (one undo step). */
  public void moveNote(String noteId, double dx, double dy) {
    model().layout().notes().stream()
        .filter(n -> n.id().equals(noteId))
        .findFirst()
        .ifPresent(
            n ->
                document.execute(
                    new PutNoteCommand(new Note(n.id(), n.text(), moved(n.bounds(), dx, dy)))));
  }

  /** Changes a note's text (one undo step); blank text keeps the old one. */
  public void changeNoteText(String noteId, String text) {
    model().layout().notes().stream()
        .filter(n -> n.id().equals(noteId) && text != null && !text.isBlank())
        .filter(n -> !n.text().equals(text))
        .findFirst()
        .ifPresent(n -> document.execute(new PutNoteCommand(new Note(n.id(), text, n.bounds()))));
  }

  /** Renames a group (one undo step); a blank name keeps the old one. */
  public void renameGroup(String groupId, String name) {
    model().layout().groups().stream()
        .filter(g -> g.id().equals(groupId) && name != null && !name.isBlank())
        .filter(g -> !g.name().equals(name.strip()))
        .findFirst()
        .ifPresent(
            g ->
                document.execute(
                    new PutGroupCommand(
                        new Group(g.id(), name.strip(), g.color(), g.entityIds(), g.bounds()))));
  }

  /** Moves a group and the cards in it by a model offset (one undo step). */
  public void moveGroup(String groupId, double dx, double dy) {
    Optional<Group> group =
        model().layout().groups().stream().filter(g -> g.id().equals(groupId)).findFirst();
    if (group.isEmpty()) {
      return;
    }
    Group g = group.get();
    Bounds b = moved(g.bounds(), dx, dy);
    double ox = b.x() - g.bounds().x();
    double oy = b.y() - g.bounds().y();
    List<Command> parts = new ArrayList<>();
    parts.add(new PutGroupCommand(new Group(g.id(), g.name(), g.color(), g.entityIds(), b)));
    Map<String, double[]> members = new HashMap<>();
    for (String id : g.entityIds()) {
      canvas
          .geometry()
          .card(id)
          .ifPresent(r -> members.put(id, new double[] {r.getMinX() + ox, r.getMinY() + oy}));
    }
    if (!members.isEmpty()) {
      parts.add(new MoveEntitiesCommand(members));
    }
    document.execute(new CompositeCommand("Move group " + g.name(), parts));
  }

  private static Bounds moved(Bounds b, double dx, double dy) {
    return b.moveTo(snap(b.x() + dx), snap(b.y() + dy));
  }

  /**
   * What deleting the selection removes besides the selection itself, in words for the confirmation
   * ("relationship Post → Comment with foreign key comments.post_id"); empty when nothing else
   * goes.
   */
  public List<String> deletionConsequences() {
    Model m = model();
    Set<String> entities = canvas.selection().entities();
    Set<String> relationships = new LinkedHashSet<>();
    for (String id : entities) {
      DeleteEntityCommand.dependents(m, id).forEach(r -> relationships.add(r.id()));
    }
    List<String> lines = new ArrayList<>();
    for (String id : relationships) {
      m.schema().relationship(id).ifPresent(r -> lines.add(describe(m, r)));
    }
    return lines;
  }

  /** Names what is selected ("entity Post", "3 entities", "relationship User → Post"). */
  public String selectionDescription() {
    Model m = model();
    CanvasSelection s = canvas.selection();
    Set<String> entities = s.entities();
    if (entities.size() == 1) {
      return "entity "
          + m.schema().entity(entities.iterator().next()).map(Entity::name).orElse("?");
    }
    if (entities.size() > 1) {
      return entities.size() + " entities";
    }
    if (s.relationshipProperty().get() != null) {
      return m.schema()
          .relationship(s.relationshipProperty().get())
          .map(r -> describe(m, r))
          .orElse("");
    }
    if (s.noteProperty().get() != null) {
      return "the note";
    }
    if (s.groupProperty().get() != null) {
      return "the group (its entities stay)";
    }
    return "";
  }

  static String describe(Model m, Relationship r) {
    String source = m.schema().entity(r.sourceEntityId()).map(Entity::name).orElse("?");
    Entity target = m.schema().entity(r.targetEntityId()).orElse(null);
    String text = "relationship " + source + " → " + (target == null ? "?" : target.name());
    if (r.joinTable() != null) {
      return text + " with join table " + r.joinTable().tableName();
    }
    List<String> columns = new ArrayList<>();
    if (target != null) {
      for (String fk : r.foreignKeyAttributeIds()) {
        target.attribute(fk).ifPresent(a -> columns.add(target.tableName() + "." + a.columnName()));
      }
    }
    return columns.isEmpty() ? text : text + " with foreign key " + String.join(", ", columns);
  }

  /** Deletes what is selected as one undo step; returns whether anything was deleted. */
  public boolean deleteSelection() {
    CanvasSelection s = canvas.selection();
    List<Command> parts = new ArrayList<>();
    for (String id : s.entities()) {
      parts.add(new DeleteEntityCommand(id));
    }
    if (s.relationshipProperty().get() != null) {
      parts.add(new DeleteRelationshipCommand(s.relationshipProperty().get()));
    }
    if (s.noteProperty().get() != null) {
      parts.add(new DeleteNoteCommand(s.noteProperty().get()));
    }
    if (s.groupProperty().get() != null) {
      parts.add(new DeleteGroupCommand(s.groupProperty().get()));
    }
    if (parts.isEmpty()) {
      return false;
    }
    String what = selectionDescription();
    document.execute(
        parts.size() == 1 ? parts.get(0) : new CompositeCommand("Delete " + what, parts));
    s.clear();
    return true;
  }

  /** "Entity", "Entity2", ...: the first name not yet taken. */
  public String uniqueEntityName(String base) {
    return uniqueEntityName(base, Set.of());
  }

  /**
   * The first free name from {@code base}, also avoiding {@code alsoTaken}: names about to be taken
   * by entities added in the same step (lower case).
   */
  public String uniqueEntityName(String base, Set<String> alsoTaken) {
    Set<String> taken = new java.util.HashSet<>(alsoTaken);
    model()
        .schema()
        .entities()
        .forEach(e -> taken.add(e.name().toLowerCase(java.util.Locale.ROOT)));
    String name = base;
    for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      name = base + i;
    }
    return name;
  }

  public static double snap(double v) {
    return Math.round(v / GRID) * GRID;
  }

  private static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
    double minX = Math.min(a.getMinX(), b.getMinX());
    double minY = Math.min(a.getMinY(), b.getMinY());
    return new Rectangle2D(
        minX,
        minY,
        Math.max(a.getMaxX(), b.getMaxX()) - minX,
        Math.max(a.getMaxY(), b.getMaxY()) - minY);
  }
}
