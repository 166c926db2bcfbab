package io.schemaforge.app.ui.inspector;

import io.schemaforge.app.ui.canvas.CanvasEditor;
import io.schemaforge.app.ui.canvas.CanvasSelection;
import io.schemaforge.app.ui.canvas.CardWidth;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.command.AddAttributeCommand;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.ChangeEntityCommentCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.DeleteAttributeCommand;
import io.schemaforge.command.MoveAttributeCommand;
import io.schemaforge.command.PutGroupCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.command.SetTraitCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Ids;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Trait;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector's state: what is selected on the canvas (an entity or a relationship), its values
 * as properties the forms show, and every edit as a command on the document's stack. Re-reads the
 * model after each change, so undo and redo show up here too.
 */
public final class InspectorViewModel {
  /** What the inspector shows. */
  public enum Mode {
    EMPTY,
    ENTITY,
    RELATIONSHIP,
    /** A group (subject area): its name and colour. */
    GROUP,
    OTHER
  }

  private final DocumentViewModel document;
  private final CanvasSelection selection;
  private final ReadOnlyObjectWrapper<Mode> mode =
      new ReadOnlyObjectWrapper<>(this, "mode", Mode.EMPTY);
  private final ReadOnlyObjectWrapper<Entity> entity = new ReadOnlyObjectWrapper<>(this, "entity");
  private final ReadOnlyObjectWrapper<Relationship> relationship =
      new ReadOnlyObjectWrapper<>(this, "relationship");
  private final ReadOnlyObjectWrapper<Group> group = new ReadOnlyObjectWrapper<>(this, "group");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
  private final ObservableList<Attribute> attributes = FXCollections.observableArrayList();
  private CardWidth cardWidth = CardWidth.NONE;

  public InspectorViewModel(DocumentViewModel document, CanvasSelection selection) {
    this.document = document;
    this.selection = selection;
    document.revisionProperty().addListener((obs, old, rev) -> refresh());
    selection
        .revisionProperty()
        .addListener(
            (obs, old, rev) -> {
              message.set(null);
              refresh();
            });
    refresh();
  }

  private void refresh() {
    String entityId = selection.primaryEntityProperty().get();
    String relationshipId = selection.relationshipProperty().get();
    Optional<Entity> e =
        entityId == null ? Optional.empty() : document.model().schema().entity(entityId);
    Optional<Relationship> r =
        relationshipId == null
            ? Optional.empty()
            : document.model().schema().relationship(relationshipId);
    if (e.isPresent()) {
      // A copy: the model's entity changes in place, and the views compare old and new values.
      Entity copy = e.get().copy();
      entity.set(copy);
      relationship.set(null);
      if (!attributes.equals(copy.attributes())) {
        attributes.setAll(copy.attributes());
      }
      title.set(copy.name());
      mode.set(Mode.ENTITY);
    } else if (r.isPresent()) {
      entity.set(null);
      attributes.clear();
      relationship.set(r.get());
      title.set(
          entityName(r.get().sourceEntityId()) + " → " + entityName(r.get().targetEntityId()));
      mode.set(Mode.RELATIONSHIP);
    } else {
      entity.set(null);
      relationship.set(null);
      attributes.clear();
      Optional<Group> g = selectedGroup();
      group.set(g.orElse(null));
      title.set(g.map(Group::name).orElse(""));
      mode.set(g.isPresent() ? Mode.GROUP : selection.isEmpty() ? Mode.EMPTY : Mode.OTHER);
    }
  }

  private Optional<Group> selectedGroup() {
    String id = selection.groupProperty().get();
    return id == null
        ? Optional.empty()
        : document.model().layout().groups().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** Renames the selected group; a blank name is refused. */
  public void renameGroup(String name) {
    Group g = group.get();
    if (g == null || name == null || name.isBlank() || name.strip().equals(g.name())) {
      return;
    }
    document.execute(
        new PutGroupCommand(new Group(g.id(), name.strip(), g.color(), g.entityIds(), g.bounds())));
  }

  /** Gives the selected group another colour (a CSS colour such as {@code #dbeafe}). */
  public void changeGroupColor(String color) {
    Group g = group.get();
    if (g == null || color == null || color.equalsIgnoreCase(g.color())) {
      return;
    }
    document.execute(
        new PutGroupCommand(new Group(g.id(), g.name(), color, g.entityIds(), g.bounds())));
  }

  public ReadOnlyObjectProperty<Group> groupProperty() {
    return group.getReadOnlyProperty();
  }

  /** How edits measure the card, to widen it when a name or row would not fit. */
  public void setCardWidth(CardWidth cardWidth) {
    this.cardWidth = cardWidth;
  }

  /** The name of an entity by id ("?" when unknown). */
  public String entityName(String entityId) {
    return document.model().schema().entity(entityId).map(Entity::name).orElse("?");
  }

  // ---- entity ----

  /** Renames the entity; its table follows while it has the derived name. */
  public void renameEntity(String name) {
    withEntity(
        e ->
            CanvasEditor.renameCommand(document.model(), e.id(), name)
                .map(
                    c ->
                        cardWidth.fitting(
                            document.model(), e.id(), c, name.strip(), e.attributes()))
                .ifPresentOrElse(
                    c -> {
                      document.execute(c);
                      document.stack().seal();
                    },
                    () -> {
                      if (name == null || name.isBlank()) {
                        message.set("An entity needs a name.");
                      }
                    }));
  }

  public void renameTable(String table) {
    withEntity(
        e -> {
          String t = table == null ? "" : table.strip();
          if (t.isEmpty()) {
            message.set("A table needs a name.");
          } else if (!t.equals(e.tableName())) {
            document.execute(new RenameEntityCommand(e.id(), e.name(), t));
            document.stack().seal();
          }
        });
  }

  public void changeComment(String comment) {
    withEntity(
        e -> {
          String c = comment == null || comment.isBlank() ? null : comment;
          if (!Objects.equals(c, e.comment())) {
            document.execute(new ChangeEntityCommentCommand(e.id(), c));
          }
        });
  }

  public void setTrait(Trait trait, boolean on) {
    withEntity(
        e -> {
          if (e.traits().contains(trait) != on) {
            document.execute(new SetTraitCommand(e.id(), trait, on));
          }
        });
  }

  public Set<Trait> traits() {
    Entity e = entity.get();
    return e == null || e.traits().isEmpty()
        ? EnumSet.noneOf(Trait.class)
        : EnumSet.copyOf(e.traits());
  }

  // ---- attributes ----

  /**
   * Adds an attribute typed in the short form ({@code title string(200)!}) at the end.
   *
   * @return whether it was added; if not, {@link #messageProperty} says why
   */
  public boolean addAttribute(String shortForm) {
    Entity e = entity.get();
    if (e == null) {
      return false;
    }
    try {
      Attribute a = AttributeShortForm.parse(shortForm, Ids.newId("att"));
      List<Attribute> after = new ArrayList<>(e.attributes());
      after.add(a);
      document.execute(
          cardWidth.fitting(
              document.model(), e.id(), new AddAttributeCommand(e.id(), -1, a), e.name(), after));
      document.stack().seal();
      message.set(null);
      return true;
    } catch (IllegalArgumentException ex) {
      message.set(ex.getMessage());
      return false;
    }
  }

  /**
   * Replaces an attribute with an edited value (one command; consecutive edits of one attribute
   * merge into one undo step).
   */
  public void changeAttribute(Attribute after) {
    Entity e = entity.get();
    if (e == null) {
      return;
    }
    Optional<Attribute> before = e.attribute(after.id());
    if (before.isPresent() && !before.get().equals(after)) {
      List<Attribute> all = new ArrayList<>(e.attributes());
      all.set(e.attributeIndex(after.id()), after);
      document.execute(
          cardWidth.fitting(
              document.model(), e.id(), new ChangeAttributeCommand(e.id(), after), e.name(), all));
      document.stack().seal();
      message.set(null);
    }
  }

  /** Applies an edit that may be refused (a type the user mistyped): the message says why. */
  public void tryChangeAttribute(java.util.function.Supplier<Attribute> edit) {
    try {
      changeAttribute(edit.get());
    } catch (IllegalArgumentException ex) {
      message.set(ex.getMessage());
    }
  }

  public void deleteAttribute(String attributeId) {
    withEntity(e -> document.execute(new DeleteAttributeCommand(e.id(), attributeId)));
  }

  /** Moves an attribute up (-1) or down (+1) in its entity. */
  public void moveAttribute(String attributeId, int delta) {
    withEntity(
        e -> {
          int from = e.attributeIndex(attributeId);
          int to = from + delta;
          if (from >= 0 && to >= 0 && to < e.attributes().size()) {
            document.execute(new MoveAttributeCommand(e.id(), attributeId, to));
          }
        });
  }

  // ---- relationship ----

  public void changeKind(RelationshipKind kind) {
    withRelationship(r -> r.kind() != kind, r -> r.withKind(kind));
  }

  public void changeNavigation(String sourceNav, String targetNav) {
    withRelationship(
        r ->
            !Objects.equals(r.sourceNavigation(), blankToNull(sourceNav))
                || !Objects.equals(r.targetNavigation(), blankToNull(targetNav)),
        r -> r.withNavigation(blankToNull(sourceNav), blankToNull(targetNav)));
  }

  public void changeRequired(boolean required) {
    withRelationship(r -> r.required() != required, r -> r.withRequired(required));
  }

  public void changeOnDelete(OnDelete onDelete) {
    withRelationship(r -> r.onDelete() != onDelete, r -> r.withOnDelete(onDelete));
  }

  private void withRelationship(
      java.util.function.Predicate<Relationship> differs,
      java.util.function.UnaryOperator<Relationship> change) {
    Relationship r = relationship.get();
    if (r != null && differs.test(r)) {
      document.execute(new ChangeRelationshipCommand(change.apply(r)));
      document.stack().seal();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private void withEntity(java.util.function.Consumer<Entity> action) {
    Entity e = entity.get();
    if (e != null) {
      action.accept(e);
    }
  }

  public ReadOnlyObjectProperty<Mode> modeProperty() {
    return mode.getReadOnlyProperty();
  }

  /** A copy of the selected entity as it is now, or null. */
  public ReadOnlyObjectProperty<Entity> entityProperty() {
    return entity.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Relationship> relationshipProperty() {
    return relationship.getReadOnlyProperty();
  }

  /** The selected entity's attributes (replaced after every change). */
  public ObservableList<Attribute> attributes() {
    return attributes;
  }

  /** "Post", or "User → Post" for a relationship. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Why the last edit was refused, or null. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
