package io.schemaforge.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CommandStackTest {
  private final AtomicLong clock = new AtomicLong(1_000);
  private final Model model = Model.empty("m", Dialect.POSTGRES, "com.example");
  private final CommandStack stack = new CommandStack(model, 3, clock::get);

  private String addEntity(String name) {
    AddEntityCommand c = AddEntityCommand.withIdKey(name, 0, 0);
    stack.execute(c);
    stack.seal();
    return c.entityId();
  }

  @Test
  void undoAndRedoWalkTheHistory() {
    String a = addEntity("A");
    stack.execute(new RenameEntityCommand(a, "B", "bs"));
    assertThat(model.schema().requireEntity(a).name()).isEqualTo("B");
    assertThat(stack.undo()).isTrue();
    assertThat(model.schema().requireEntity(a).name()).isEqualTo("A");
    assertThat(stack.redo()).isTrue();
    assertThat(model.schema().requireEntity(a).name()).isEqualTo("B");
    assertThat(stack.undoDescription()).contains("Rename entity B");
  }

  @Test
  void consecutiveKeystrokesOnOneElementMergeIntoOneStep() {
    String a = addEntity("A");
    stack.execute(new RenameEntityCommand(a, "P", null));
    stack.execute(new RenameEntityCommand(a, "Po", null));
    stack.execute(new RenameEntityCommand(a, "Pos", null));
    stack.undo();
    assertThat(model.schema().requireEntity(a).name()).isEqualTo("A");
    assertThat(model.schema().entities()).hasSize(1);
  }

  @Test
  void stepsFarApartInTimeDoNotMerge() {
    String a = addEntity("A");
    stack.execute(new RenameEntityCommand(a, "P", null));
    clock.addAndGet(CommandStack.MERGE_WINDOW_MILLIS + 1);
    stack.execute(new RenameEntityCommand(a, "Po", null));
    stack.undo();
    assertThat(model.schema().requireEntity(a).name()).isEqualTo("P");
  }

  @Test
  void aSealedGestureStartsANewStep() {
    String a = addEntity("A");
    stack.execute(MoveEntitiesCommand.single(a, 10, 10));
    stack.execute(MoveEntitiesCommand.single(a, 20, 20));
    stack.seal();
    stack.execute(MoveEntitiesCommand.single(a, 30, 30));
    stack.undo();
    assertThat(model.layout().bounds(a).orElseThrow().x()).isEqualTo(20);
    stack.undo();
    assertThat(model.layout().bounds(a).orElseThrow().x()).isEqualTo(0);
  }

  @Test
  void dirtyFlagFollowsTheSavedState() {
    assertThat(stack.isDirty()).isFalse();
    String a = addEntity("A");
    assertThat(stack.isDirty()).isTrue();
    stack.markSaved();
    assertThat(stack.isDirty()).isFalse();
    stack.execute(new RenameEntityCommand(a, "B", null));
    assertThat(stack.isDirty()).isTrue();
    stack.undo();
    assertThat(stack.isDirty()).isFalse();
    stack.undo();
    assertThat(stack.isDirty()).isTrue();
    stack.redo();
    assertThat(stack.isDirty()).isFalse();
  }

  @Test
  void anEditRightAfterSavingDoesNotMergeIntoTheSavedStep() {
    String a = addEntity("A");
    stack.execute(new RenameEntityCommand(a, "B", null));
    stack.markSaved();
    stack.execute(new RenameEntityCommand(a, "C", null));
    stack.undo();
    assertThat(model.schema().requireEntity(a).name()).isEqualTo("B");
    assertThat(stack.isDirty()).isFalse();
  }

  @Test
  void aSaveMarkedAtAnEarlierPointLeavesLaterEditsDirty() {
    String a = addEntity("A");
    stack.execute(new RenameEntityCommand(a, "B", null));
    CommandStack.SavePoint point = stack.savePoint();
    // Typed while the save is written: its own step, not merged into the saved one.
    stack.execute(new RenameEntityCommand(a, "C", null));

    stack.markSaved(point);

    assertThat(stack.isDirty()).isTrue();
    stack.undo();
    assertThat(model.schema().requireEntity(a).name()).isEqualTo("B");
    assertThat(stack.isDirty()).isFalse();
    stack.redo();
    assertThat(stack.isDirty()).isTrue();
  }

  @Test
  void aSavePointOfAnotherStackIsRefused() {
    CommandStack other = new CommandStack(Model.empty("o", Dialect.POSTGRES, "com.example"));

    assertThatThrownBy(() -> stack.markSaved(other.savePoint()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(other.savePoint().belongsTo(other)).isTrue();
  }

  @Test
  void historyIsBounded() {
    addEntity("A");
    addEntity("B");
    addEntity("C");
    addEntity("D");
    int undone = 0;
    while (stack.undo()) {
      undone++;
    }
    assertThat(undone).isEqualTo(3);
    assertThat(model.schema().entities()).extracting(e -> e.name()).containsExactly("A");
  }

  @Test
  void newEditClearsRedo() {
    String a = addEntity("A");
    stack.undo();
    assertThat(stack.canRedo()).isTrue();
    addEntity("B");
    assertThat(stack.canRedo()).isFalse();
    assertThat(model.schema().entity(a)).isEmpty();
  }

  @Test
  void listenersHearEveryChangeWithItsOrigin() {
    List<ModelChangeEvent> events = new ArrayList<>();
    stack.addListener(events::add);
    String a = addEntity("A");
    stack.undo();
    stack.redo();
    assertThat(events)
        .extracting(ModelChangeEvent::origin)
        .containsExactly(Origin.EXECUTE, Origin.UNDO, Origin.REDO);
    assertThat(events.get(0).changes().entities()).containsExactly(a);
    assertThat(events.get(1).changes().removed()).containsExactly(a);
    assertThat(events).extracting(ModelChangeEvent::revision).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aListenerCannotStartAnotherCommandWhileOneRuns() {
    stack.addListener(e -> stack.execute(AddEntityCommand.withIdKey("Nested", 0, 0)));
    assertThatThrownBy(() -> addEntity("A"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot nest");
  }

  @Test
  void aFailingCommandChangesNothingAndLeavesNoStep() {
    assertThatThrownBy(() -> stack.execute(new RenameEntityCommand("missing", "X", null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stack.canUndo()).isFalse();
    assertThat(stack.revision()).isZero();
  }

  @Test
  void aCompositeThatFailsHalfwayIsRolledBack() {
    String a = addEntity("A");
    CompositeCommand c =
        new CompositeCommand(
            "bad",
            List.of(
                new RenameEntityCommand(a, "Renamed", null), new DeleteEntityCommand("missing")));
    assertThatThrownBy(() -> stack.execute(c)).isInstanceOf(IllegalArgumentException.class);
    assertThat(model.schema().requireEntity(a).name()).isEqualTo("A");
  }
}
