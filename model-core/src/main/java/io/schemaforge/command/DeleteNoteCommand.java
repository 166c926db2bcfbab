package io.schemaforge.command;

import io.schemaforge.model.Model;
import io.schemaforge.model.Note;

/** Deletes a note. */
public final class DeleteNoteCommand implements Command {
  private final String noteId;
  private Note before;
  private int position;

  public DeleteNoteCommand(String noteId) {
    this.noteId = noteId;
  }

  @Override
  public String description() {
    return "Delete note";
  }

  @Override
  public ChangeSet execute(Model model) {
    position = model.layout().noteIndex(noteId);
    if (position < 0) {
      throw new IllegalArgumentException("no note " + noteId);
    }
    before = model.layout().notes().get(position);
    model.layout().removeNote(noteId);
    return ChangeSet.layoutOnly();
  }

  @Override
  public ChangeSet undo(Model model) {
    model.layout().putNote(position, before);
    return ChangeSet.layoutOnly();
  }
}
