package io.schemaforge.command;

/** Why the model changed, so listeners can tell a user's edit from an undo. */
public enum Origin {
  EXECUTE,
  UNDO,
  REDO
}
