package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanvasSelectionTest {
  private final CanvasSelection selection = new CanvasSelection();

  @Test
  void toggleAddsAndRemovesAndTheLastAddedIsPrimary() {
    selection.selectEntity("a");
    selection.toggleEntity("b");
    assertThat(selection.entities()).containsExactly("a", "b");
    assertThat(selection.primaryEntityProperty().get()).isEqualTo("b");

    selection.toggleEntity("b");
    assertThat(selection.entities()).containsExactly("a");
    assertThat(selection.primaryEntityProperty().get()).isEqualTo("a");
  }

  @Test
  void aRelationshipNoteOrGroupReplacesTheEntities() {
    selection.selectEntities(List.of("a", "b"));
    long revision = selection.revisionProperty().get();

    selection.selectRelationship("r");

    assertThat(selection.entities()).isEmpty();
    assertThat(selection.primaryEntityProperty().get()).isNull();
    assertThat(selection.relationshipProperty().get()).isEqualTo("r");
    assertThat(selection.revisionProperty().get()).isGreaterThan(revision);
    selection.selectNote("n");
    assertThat(selection.relationshipProperty().get()).isNull();
  }

  @Test
  void retainDropsWhatNoLongerExists() {
    selection.selectEntities(List.of("a", "b"));

    selection.retain(Set.of("a"), Set.of());

    assertThat(selection.entities()).containsExactly("a");
    assertThat(selection.primaryEntityProperty().get()).isEqualTo("a");
    selection.selectGroup("g");
    selection.retain(Set.of("a"), Set.of());
    assertThat(selection.isEmpty()).isTrue();
  }
}
