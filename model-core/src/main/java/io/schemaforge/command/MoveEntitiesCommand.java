package io.schemaforge.command;

import io.schemaforge.model.Bounds;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Moves one or more cards to new top-left positions. A layout-only change: the schema and its
 * validation are not touched. Successive steps of one drag of the same cards merge.
 */
public final class MoveEntitiesCommand implements Command {
  private final Map<String, double[]> targets;
  private Map<String, Bounds> before;

  /**
   * @param positions entity id to its new {x, y}
   */
  public MoveEntitiesCommand(Map<String, double[]> positions) {
    this.targets = new LinkedHashMap<>(positions);
  }

  public static MoveEntitiesCommand single(String entityId, double x, double y) {
    return new MoveEntitiesCommand(Map.of(entityId, new double[] {x, y}));
  }

  @Override
  public String description() {
    return targets.size() == 1 ? "Move entity" : "Move " + targets.size() + " entities";
  }

  @Override
  public ChangeSet execute(Model model) {
    Map<String, Bounds> old = new HashMap<>();
    for (String id : targets.keySet()) {
      model.schema().requireEntity(id);
      old.put(id, model.layout().bounds(id).orElse(null));
    }
    targets.forEach(
        (id, xy) -> {
          Bounds b = old.get(id);
          model
              .layout()
              .setBounds(
                  id,
                  b == null
                      ? new Bounds(xy[0], xy[1], Layout.DEFAULT_WIDTH, Layout.DEFAULT_HEIGHT)
                      : b.moveTo(xy[0], xy[1]));
        });
    if (before == null) {
      before = old;
    }
    return ChangeSet.layoutOnly();
  }

  @Override
  public ChangeSet undo(Model model) {
    before.forEach((id, b) -> model.layout().setBounds(id, b));
    return ChangeSet.layoutOnly();
  }

  @Override
  public Optional<Command> mergeWith(Command next) {
    if (next instanceof MoveEntitiesCommand n && n.targets.keySet().equals(targets.keySet())) {
      MoveEntitiesCommand merged = new MoveEntitiesCommand(n.targets);
      merged.before = before;
      return Optional.of(merged);
    }
    return Optional.empty();
  }
}
