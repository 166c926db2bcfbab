package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Trait;

/** Switches a trait (timestamps, soft delete, version) on or off for an entity. */
public final class SetTraitCommand extends EntitySnapshotCommand {
  private final Trait trait;
  private final boolean on;

  public SetTraitCommand(String entityId, Trait trait, boolean on) {
    super(entityId);
    this.trait = trait;
    this.on = on;
  }

  @Override
  public String description() {
    return (on ? "Add trait " : "Remove trait ") + trait.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  protected void apply(Entity entity, Model model) {
    entity.setTrait(trait, on);
  }
}
