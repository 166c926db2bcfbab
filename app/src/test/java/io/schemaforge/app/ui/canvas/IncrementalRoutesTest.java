package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * Moving a card re-routes its own lines only, and the culling finds the lines that cross a view.
 */
class IncrementalRoutesTest {
  private final ModelFixture f = ModelFixture.postgres();
  private final String a = f.entity("Alpha");
  private final String b = f.entity("Beta");
  private final String c = f.entity("Gamma");
  private final String d = f.entity("Delta");

  private Relationship connect(String from, String to) {
    AddRelationshipCommand add =
        AddRelationshipCommand.between(f.model(), RelationshipKind.ONE_TO_MANY, from, to);
    f.run(add);
    return f.model().schema().relationships().stream()
        .filter(r -> r.id().equals(add.relationshipId()))
        .findFirst()
        .orElseThrow();
  }

  private void place(String id, double x, double y) {
    f.run(new MoveEntitiesCommand(Map.of(id, new double[] {x, y})));
  }

  @Test
  void aMoveKeepsTheRoutesOfLinesWhoseCardsStayedAndReRoutesTheOthers() {
    place(a, 0, 0);
    place(b, 600, 0);
    place(c, 0, 800);
    place(d, 600, 800);
    Relationship ab = connect(a, b);
    Relationship cd = connect(c, d);
    DiagramGeometry before = DiagramGeometry.of(f.model());
    EdgeRoute abBefore = before.route(ab).orElseThrow();
    EdgeRoute cdBefore = before.route(cd).orElseThrow();

    place(b, 600, 200);
    DiagramGeometry after = DiagramGeometry.afterLayoutChange(before, f.model());

    assertThat(after.route(cd).orElseThrow()).isSameAs(cdBefore);
    EdgeRoute abAfter = after.route(ab).orElseThrow();
    assertThat(abAfter).isNotSameAs(abBefore);
    assertThat(abAfter.points()).isEqualTo(EdgeRouter.route(ab, after).orElseThrow().points());
    assertThat(abAfter.points()).isNotEqualTo(abBefore.points());
  }

  @Test
  void linesNearAViewAreThoseWhoseCardsExtentCrossesIt() {
    place(a, 0, 0);
    place(b, 600, 0);
    place(c, 0, 2000);
    place(d, 600, 2000);
    Relationship ab = connect(a, b);
    Relationship cd = connect(c, d);
    Relationship ad = connect(a, d);
    DiagramGeometry g = DiagramGeometry.of(f.model());

    assertThat(g.relationshipsNear(new Rectangle2D(0, 0, 900, 300)))
        .extracting(Relationship::id)
        .containsExactlyInAnyOrder(ab.id(), ad.id());
    assertThat(g.relationshipsNear(new Rectangle2D(0, 1900, 900, 300)))
        .extracting(Relationship::id)
        .containsExactlyInAnyOrder(cd.id(), ad.id());
    assertThat(g.relationshipsNear(new Rectangle2D(5000, 5000, 100, 100))).isEmpty();
  }
}
