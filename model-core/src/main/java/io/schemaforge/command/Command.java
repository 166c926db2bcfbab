package io.schemaforge.command;

import io.schemaforge.model.Model;
import java.util.Optional;

/**
 * One undoable edit. A command refers to elements by id, never by object reference, so it stays
 * valid after other commands were undone and redone. Invariants that must never be false (an id
 * that points nowhere) make {@link #execute} throw {@link IllegalArgumentException} before it
 * changes anything.
 */
public interface Command {

  /** Words for the Edit menu ("Undo Rename entity Post"). */
  String description();

  /** Applies the edit and says what it touched. */
  ChangeSet execute(Model model);

  /** Reverts exactly what {@link #execute} did; called only right after it (or a redo). */
  ChangeSet undo(Model model);

  /**
   * A single command doing what this one and {@code next} did one after the other, when both are
   * part of one gesture (a drag, typing a name), so that they undo as one step.
   */
  default Optional<Command> mergeWith(Command next) {
    return Optional.empty();
  }
}
