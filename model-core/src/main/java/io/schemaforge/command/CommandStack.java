package io.schemaforge.command;

import io.schemaforge.model.Model;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The only way an open model changes: executes commands, keeps bounded undo and redo lists, merges
 * consecutive steps of one gesture, tracks the saved state (dirty flag) and tells listeners what
 * changed.
 */
public final class CommandStack {
  /** Steps closer together than this may merge (typing a name, dragging a card). */
  public static final long MERGE_WINDOW_MILLIS = 1500;

  private final Model model;
  private final int limit;
  private final LongSupplier clockMillis;
  private final Deque<Step> undo = new ArrayDeque<>();
  private final Deque<Step> redo = new ArrayDeque<>();
  private final List<Consumer<ModelChangeEvent>> listeners = new CopyOnWriteArrayList<>();
  private Step savedTop;
  private boolean sealed = true;
  private boolean running;
  private long revision;

  public CommandStack(Model model) {
    this(model, 1000, System::currentTimeMillis);
  }

  public CommandStack(Model model, int limit, LongSupplier clockMillis) {
    this.model = model;
    this.limit = limit;
    this.clockMillis = clockMillis;
  }

  public Model model() {
    return model;
  }

  /** Executes a command as a new undo step, or merged into the last one of the same gesture. */
  public ChangeSet execute(Command command) {
    enter();
    try {
      ChangeSet changes = command.execute(model);
      long now = clockMillis.getAsLong();
      Step top = undo.peek();
      Optional<Command> merged =
          canMergeInto(top, now) ? top.command.mergeWith(command) : Optional.empty();
      if (merged.isPresent()) {
        undo.pop();
        undo.push(new Step(merged.get(), now));
      } else {
        undo.push(new Step(command, now));
        while (undo.size() > limit) {
          undo.removeLast();
        }
      }
      sealed = false;
      redo.clear();
      publish(changes, Origin.EXECUTE, command.description());
      return changes;
    } finally {
      running = false;
    }
  }

  /** Ends the current gesture: the next command starts a new undo step even if it could merge. */
  public void seal() {
    sealed = true;
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  public boolean canRedo() {
    return !redo.isEmpty();
  }

  public Optional<String> undoDescription() {
    return Optional.ofNullable(undo.peek()).map(s -> s.command.description());
  }

  public Optional<String> redoDescription() {
    return Optional.ofNullable(redo.peek()).map(s -> s.command.description());
  }

  public boolean undo() {
    if (undo.isEmpty()) {
      return false;
    }
    enter();
    try {
      Step step = undo.pop();
      ChangeSet changes = step.command.undo(model);
      redo.push(step);
      sealed = true;
      publish(changes, Origin.UNDO, step.command.description());
      return true;
    } finally {
      running = false;
    }
  }

  public boolean redo() {
    if (redo.isEmpty()) {
      return false;
    }
    enter();
    try {
      Step step = redo.pop();
      ChangeSet changes = step.command.execute(model);
      undo.push(step);
      sealed = true;
      publish(changes, Origin.REDO, step.command.description());
      return true;
    } finally {
      running = false;
    }
  }

  /** Records that the model as it is now has been saved. */
  public void markSaved() {
    markSaved(savePoint());
  }

  /**
   * The model's state as it is now, for a save that writes a snapshot in the background and {@link
   * #markSaved(SavePoint) marks it saved} when done. Ends the current gesture, so an edit made
   * meanwhile is a step of its own and undo can return to the saved state.
   */
  public SavePoint savePoint() {
    sealed = true;
    return new SavePoint(this, undo.peek());
  }

  /**
   * Records that the model as it was at {@code point} has been saved. Edits made since then keep
   * the model dirty; undoing them back to that point makes it clean.
   *
   * @throws IllegalArgumentException when the point belongs to another stack
   */
  public void markSaved(SavePoint point) {
    if (!point.belongsTo(this)) {
      throw new IllegalArgumentException("a save point of another command stack");
    }
    savedTop = point.top;
  }

  /** Whether the model differs from what was last saved (or loaded). */
  public boolean isDirty() {
    return undo.peek() != savedTop;
  }

  /** Increases with every change, including undo and redo; lets views and autosave poll cheaply. */
  public long revision() {
    return revision;
  }

  public void addListener(Consumer<ModelChangeEvent> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<ModelChangeEvent> listener) {
    listeners.remove(listener);
  }

  private boolean canMergeInto(Step top, long now) {
    // Never merge into the saved step: undo must be able to return to the saved state.
    return top != null
        && !sealed
        && top != savedTop
        && now - top.executedAtMillis <= MERGE_WINDOW_MILLIS;
  }

  private void enter() {
    if (running) {
      // A listener that edits the model while it is being changed would interleave two edits.
      throw new IllegalStateException("a command is already running; commands cannot nest");
    }
    running = true;
  }

  private void publish(ChangeSet changes, Origin origin, String description) {
    revision++;
    ModelChangeEvent event = new ModelChangeEvent(changes, origin, description, revision);
    for (Consumer<ModelChangeEvent> l : listeners) {
      l.accept(event);
    }
  }

  private record Step(Command command, long executedAtMillis) {}

  /** A state of one stack's model that a save captured; see {@link #savePoint()}. */
  public static final class SavePoint {
    private final CommandStack stack;
    private final Step top;

    private SavePoint(CommandStack stack, Step top) {
      this.stack = stack;
      this.top = top;
    }

    /** Whether this is a state of {@code s}'s model (not of a model opened since). */
    public boolean belongsTo(CommandStack s) {
      return stack == s;
    }
  }
}
