package io.schemaforge.command;

import java.util.HashSet;
import java.util.Set;

/**
 * What a command touched, by id: the live validator re-checks only these and what depends on them,
 * and the views redraw only these.
 *
 * @param entities ids of entities added or changed (including their attributes and constraints)
 * @param relationships ids of relationships added or changed
 * @param removed ids of entities and relationships that are gone
 * @param schemaSettings whether dialect, naming or other schema-wide settings changed, which
 *     affects every element
 * @param layout whether positions, sizes, colours, notes or groups changed
 */
public record ChangeSet(
    Set<String> entities,
    Set<String> relationships,
    Set<String> removed,
    boolean schemaSettings,
    boolean layout) {

  public static final ChangeSet NONE = new ChangeSet(Set.of(), Set.of(), Set.of(), false, false);

  public ChangeSet {
    entities = Set.copyOf(entities);
    relationships = Set.copyOf(relationships);
    removed = Set.copyOf(removed);
  }

  public static ChangeSet entity(String entityId) {
    return new ChangeSet(Set.of(entityId), Set.of(), Set.of(), false, false);
  }

  public static ChangeSet layoutOnly() {
    return new ChangeSet(Set.of(), Set.of(), Set.of(), false, true);
  }

  /** Whether only the layout changed, so the schema (and its validation) is unaffected. */
  public boolean isLayoutOnly() {
    return entities.isEmpty() && relationships.isEmpty() && removed.isEmpty() && !schemaSettings;
  }

  public ChangeSet plus(ChangeSet other) {
    Builder b = new Builder();
    b.add(this);
    b.add(other);
    return b.build();
  }

  /** Collects the changes of several steps. */
  public static final class Builder {
    private final Set<String> entities = new HashSet<>();
    private final Set<String> relationships = new HashSet<>();
    private final Set<String> removed = new HashSet<>();
    private boolean schemaSettings;
    private boolean layout;

    public Builder entity(String id) {
      entities.add(id);
      removed.remove(id);
      return this;
    }

    public Builder relationship(String id) {
      relationships.add(id);
      removed.remove(id);
      return this;
    }

    public Builder removed(String id) {
      removed.add(id);
      entities.remove(id);
      relationships.remove(id);
      return this;
    }

    public Builder schemaSettings() {
      schemaSettings = true;
      return this;
    }

    public Builder layout() {
      layout = true;
      return this;
    }

    public Builder add(ChangeSet c) {
      c.entities.forEach(this::entity);
      c.relationships.forEach(this::relationship);
      c.removed.forEach(this::removed);
      schemaSettings |= c.schemaSettings;
      layout |= c.layout;
      return this;
    }

    public ChangeSet build() {
      return new ChangeSet(entities, relationships, removed, schemaSettings, layout);
    }
  }
}
