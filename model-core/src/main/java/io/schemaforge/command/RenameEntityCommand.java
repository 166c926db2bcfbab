package io.schemaforge.command;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import java.util.Optional;

/**
 * Renames an entity's class and (when given) its table. The id stays, which is what lets the next
 * export write {@code ALTER TABLE ... RENAME TO} instead of drop and create. Consecutive renames of
 * one entity merge into one undo step (typing).
 */
public final class RenameEntityCommand implements Command {
  private final String entityId;
  private final String newName;
  private final String newTableName;
  private String oldName;
  private String oldTableName;

  /**
   * @param newTableName the new table name, or null to keep the table name
   */
  public RenameEntityCommand(String entityId, String newName, String newTableName) {
    this.entityId = entityId;
    this.newName = newName;
    this.newTableName = newTableName;
  }

  @Override
  public String description() {
    return "Rename entity " + newName;
  }

  @Override
  public ChangeSet execute(Model model) {
    Entity e = model.schema().requireEntity(entityId);
    if (newName == null || newName.isBlank()) {
      throw new IllegalArgumentException("an entity needs a name");
    }
    String name = e.name();
    String table = e.tableName();
    e.setName(newName);
    if (newTableName != null) {
      e.setTableName(newTableName);
    }
    if (oldName == null) {
      oldName = name;
      oldTableName = table;
    }
    return ChangeSet.entity(entityId);
  }

  @Override
  public ChangeSet undo(Model model) {
    Entity e = model.schema().requireEntity(entityId);
    e.setName(oldName);
    e.setTableName(oldTableName);
    return ChangeSet.entity(entityId);
  }

  @Override
  public Optional<Command> mergeWith(Command next) {
    if (next instanceof RenameEntityCommand n && n.entityId.equals(entityId)) {
      RenameEntityCommand merged =
          new RenameEntityCommand(
              entityId, n.newName, n.newTableName != null ? n.newTableName : newTableName);
      merged.oldName = oldName;
      merged.oldTableName = oldTableName;
      return Optional.of(merged);
    }
    return Optional.empty();
  }
}
