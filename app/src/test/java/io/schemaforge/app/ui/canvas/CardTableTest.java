package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A geometry's cards: in drawing order, and a copy (a move's) never changes the original. */
class CardTableTest {
  private static final Rectangle2D A = new Rectangle2D(0, 0, 10, 10);
  private static final Rectangle2D B = new Rectangle2D(20, 0, 10, 10);
  private static final Rectangle2D C = new Rectangle2D(40, 0, 10, 10);

  @Test
  void keepsTheOrderCardsWerePlacedIn() {
    CardTable t = new CardTable();
    for (int i = 0; i < 40; i++) {
      t.put("e" + i, new Rectangle2D(i, 0, 1, 1));
    }
    t.put("e3", A);
    List<String> order = new ArrayList<>();
    t.forEach((id, r) -> order.add(id));
    assertThat(order).hasSize(40).startsWith("e0", "e1", "e2", "e3").endsWith("e39");
    assertThat(t.get("e3")).isEqualTo(A);
    assertThat(t.values().get(3)).isEqualTo(A);
    assertThat(t.get("nope")).isNull();
  }

  @Test
  void aCopyMovesAndAddsCardsWithoutTouchingTheOriginal() {
    CardTable original = new CardTable();
    original.put("a", A);
    original.put("b", B);
    CardTable moved = new CardTable(original);
    moved.put("a", C);
    assertThat(moved.get("a")).isEqualTo(C);
    assertThat(original.get("a")).isEqualTo(A);

    moved.put("c", B);
    assertThat(moved.size()).isEqualTo(3);
    assertThat(original.size()).isEqualTo(2);
    assertThat(original.containsKey("c")).isFalse();

    original.put("d", C);
    assertThat(moved.containsKey("d")).isFalse();
    assertThat(original.idAt(2)).isEqualTo("d");
    assertThat(moved.idAt(2)).isEqualTo("c");
  }
}
