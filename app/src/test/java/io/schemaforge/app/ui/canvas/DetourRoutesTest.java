package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.command.ResizeEntityCommand;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Lines go around the cards in their way, and a moved card re-routes only the lines it affects. */
class DetourRoutesTest {
  private final ModelFixture f = ModelFixture.postgres();
  private final String a = f.entity("Alpha");
  private final String b = f.entity("Beta");
  private final String blocker = f.entity("InTheWay");
  private final Relationship ab = f.relationship(f.relate(a, b, RelationshipKind.ONE_TO_MANY));

  private void place(String id, double x, double y) {
    f.run(new MoveEntitiesCommand(Map.of(id, new double[] {x, y})));
  }

  private static boolean entersCard(EdgeRoute route, Rectangle2D card) {
    List<Point2D> pts = route.points();
    for (int i = 1; i < pts.size(); i++) {
      if (DetourRouter.crosses(pts.get(i - 1), pts.get(i), card, 0)) {
        return true;
      }
    }
    return false;
  }

  private static void assertOrthogonal(EdgeRoute route) {
    List<Point2D> pts = route.points();
    for (int i = 1; i < pts.size(); i++) {
      boolean horizontal = Math.abs(pts.get(i - 1).getY() - pts.get(i).getY()) < 0.5;
      boolean vertical = Math.abs(pts.get(i - 1).getX() - pts.get(i).getX()) < 0.5;
      assertThat(horizontal || vertical).as("segment %d of %s", i, pts).isTrue();
    }
  }

  private EdgeRoute direct(DiagramGeometry g) {
    return EdgeRouter.between(
        g.card(a).orElseThrow(),
        g.primaryKeyY(a),
        g.card(b).orElseThrow(),
        g.attributeY(b, ab.foreignKeyAttributeIds().get(0)));
  }

  @Test
  void aCardBetweenTwoConnectedCardsSideBySideIsGoneAround() {
    place(a, 0, 0);
    place(b, 800, 0);
    place(blocker, 400, 0);
    DiagramGeometry g = DiagramGeometry.of(f.model());
    Rectangle2D inTheWay = g.card(blocker).orElseThrow();
    assertThat(entersCard(direct(g), inTheWay)).as("the direct line crosses the card").isTrue();

    EdgeRoute route = g.route(ab).orElseThrow();

    assertThat(entersCard(route, inTheWay)).isFalse();
    assertThat(route.start()).isEqualTo(direct(g).start());
    assertThat(route.end()).isEqualTo(direct(g).end());
    assertOrthogonal(route);
  }

  @Test
  void aCardBetweenTwoConnectedCardsAboveEachOtherIsGoneAround() {
    place(a, 0, 0);
    place(b, 0, 900);
    place(blocker, 0, 450);
    DiagramGeometry g = DiagramGeometry.of(f.model());
    Rectangle2D inTheWay = g.card(blocker).orElseThrow();
    assertThat(entersCard(direct(g), inTheWay)).isTrue();

    EdgeRoute route = g.route(ab).orElseThrow();

    assertThat(entersCard(route, inTheWay)).isFalse();
    assertThat(route.start().getY()).isEqualTo(g.card(a).orElseThrow().getMaxY());
    assertThat(route.end().getY()).isEqualTo(g.card(b).orElseThrow().getMinY());
    assertOrthogonal(route);
  }

  @Test
  void withNoClearRouteTheDirectLineIsKept() {
    place(a, 0, 0);
    place(b, 800, 0);
    // Taller than a detour may reach on either side.
    place(blocker, 400, -1000);
    f.run(new ResizeEntityCommand(blocker, 200, 2400));
    DiagramGeometry g = DiagramGeometry.of(f.model());
    assertThat(entersCard(direct(g), g.card(blocker).orElseThrow())).isTrue();

    EdgeRoute route = g.route(ab).orElseThrow();

    assertThat(route.points()).isEqualTo(direct(g).points());
  }

  @Test
  void aLineWithNothingInTheWayIsTheDirectOne() {
    place(a, 0, 0);
    place(b, 800, 0);
    place(blocker, 400, 600);
    DiagramGeometry g = DiagramGeometry.of(f.model());

    assertThat(g.route(ab).orElseThrow().points()).isEqualTo(direct(g).points());
  }

  @Test
  void movingAnUnrelatedCardFarAwayKeepsTheRoute() {
    place(a, 0, 0);
    place(b, 800, 0);
    place(blocker, 400, 0);
    DiagramGeometry before = DiagramGeometry.of(f.model());
    EdgeRoute detour = before.route(ab).orElseThrow();
    String far = f.entity("FarAway");
    place(far, 5000, 5000);
    DiagramGeometry placed = DiagramGeometry.of(f.model());
    placed.route(ab);

    place(far, 6000, 4000);
    DiagramGeometry after = DiagramGeometry.afterLayoutChange(placed, f.model());

    assertThat(after.route(ab).orElseThrow().points()).isEqualTo(detour.points());
    assertThat(after.cachedRoutes()).as("taken over, not routed again").isEqualTo(1);
  }

  @Test
  void movingACardIntoALineReRoutesItAndMovingItAwayStraightensItAgain() {
    place(a, 0, 0);
    place(b, 800, 0);
    place(blocker, 400, 1500);
    DiagramGeometry clear = DiagramGeometry.of(f.model());
    EdgeRoute straight = clear.route(ab).orElseThrow();

    place(blocker, 400, 0);
    DiagramGeometry blocked = DiagramGeometry.afterLayoutChange(clear, f.model());
    EdgeRoute around = blocked.route(ab).orElseThrow();

    assertThat(entersCard(around, blocked.card(blocker).orElseThrow())).isFalse();
    assertThat(around.points()).isNotEqualTo(straight.points());

    place(blocker, 400, 1500);
    DiagramGeometry clearAgain = DiagramGeometry.afterLayoutChange(blocked, f.model());

    assertThat(clearAgain.route(ab).orElseThrow().points()).isEqualTo(straight.points());
  }

  @Test
  void aMoveForgetsOnlyTheRoutesWhoseReachTheCardLeftOrEntered() {
    String c = f.entity("Gamma");
    String d = f.entity("Delta");
    Relationship cd = f.relationship(f.relate(c, d, RelationshipKind.ONE_TO_MANY));
    place(a, 0, 0);
    place(b, 800, 0);
    place(c, 0, 3000);
    place(d, 800, 3000);
    place(blocker, 400, 1500);
    DiagramGeometry g = DiagramGeometry.of(f.model());
    EdgeRoute cdRoute = g.route(cd).orElseThrow();
    g.route(ab);

    place(blocker, 400, 0);
    DiagramGeometry after = DiagramGeometry.afterLayoutChange(g, f.model());

    assertThat(after.cachedRoutes()).isEqualTo(1);
    assertThat(after.route(cd).orElseThrow()).isSameAs(cdRoute);
    assertThat(g.cachedRoutes()).as("the old geometry gave its routes away").isZero();
  }

  @Test
  void aLineStaysWithinTheAreaItsCullingAssumes() {
    place(a, 0, 0);
    place(b, 800, 0);
    place(blocker, 400, 0);
    DiagramGeometry g = DiagramGeometry.of(f.model());
    Rectangle2D reach = DetourRouter.reach(g.card(a).orElseThrow(), g.card(b).orElseThrow());

    Rectangle2D bounds = g.route(ab).orElseThrow().bounds();

    assertThat(reach.contains(bounds)).isTrue();
  }
}
