package io.schemaforge.command;

import io.schemaforge.model.Model;
import io.schemaforge.model.Note;

/** Adds a note, or changes the one with the same id (text, position, size). */
public final class PutNoteCommand implements Command {
  private final Note note;
  private Note before;

  public PutNoteCommand(Note note) {
    this.note = note;
  }

  @Override
  public String description() {
    return "Edit note";
  }

  @Override
  public ChangeSet execute(Model model) {
    int i = model.layout().noteIndex(note.id());
    before = i < 0 ? null : model.layout().notes().get(i);
    model.layout().putNote(model.layout().notes().size(), note);
    return ChangeSet.layoutOnly();
  }

  @Override
  public ChangeSet undo(Model model) {
    if (before == null) {
      model.layout().removeNote(note.id());
    } else {
      model.layout().putNote(0, before);
    }
    return ChangeSet.layoutOnly();
  }
}
