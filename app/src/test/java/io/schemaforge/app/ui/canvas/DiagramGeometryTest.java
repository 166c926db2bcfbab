package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class DiagramGeometryTest {

  @Test
  void cardHeightGrowsWithAttributesIgnoringATooSmallStoredHeight() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    for (int i = 0; i < 12; i++) {
      f.attribute(user, "field" + i, LogicalType.STRING);
    }

    Rectangle2D card = DiagramGeometry.of(f.model()).card(user).orElseThrow();

    // The stored height is the default 120; 13 rows need much more.
    assertThat(card.getHeight()).isEqualTo(CardMetrics.contentHeight(f.get(user)));
    assertThat(card.getHeight())
        .isGreaterThanOrEqualTo(CardMetrics.HEADER_HEIGHT + 13 * CardMetrics.ROW_HEIGHT);
    assertThat(CardMetrics.rowCenterY(card, 12)).isLessThan(card.getMaxY());
  }

  @Test
  void entitiesWithoutAPositionArePlacedBelowTheOthers() {
    ModelFixture f = ModelFixture.postgres();
    String placed = f.entity("Placed");
    AddEntityCommand unplaced =
        new AddEntityCommand(
            new io.schemaforge.model.Entity("ent_free", "Free", "frees"), -1, null);
    f.run(unplaced);

    DiagramGeometry g = DiagramGeometry.of(f.model());

    Rectangle2D free = g.card("ent_free").orElseThrow();
    assertThat(free.getMinY()).isGreaterThan(g.card(placed).orElseThrow().getMaxY());
    assertThat(g.contentBounds().contains(free)).isTrue();
  }

  @Test
  void hitTestingFindsTheTopmostCard() {
    ModelFixture f = ModelFixture.postgres();
    String a = f.entity("Alpha");
    DiagramGeometry g = DiagramGeometry.of(f.model());
    Rectangle2D card = g.card(a).orElseThrow();

    assertThat(g.entityAt(card.getMinX() + 1, card.getMinY() + 1)).contains(a);
    assertThat(g.entityAt(card.getMinX() - 1, card.getMinY())).isEmpty();
  }
}
