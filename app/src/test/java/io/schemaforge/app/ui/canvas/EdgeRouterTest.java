package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class EdgeRouterTest {
  private static final Rectangle2D LEFT = new Rectangle2D(0, 0, 200, 200);

  @Test
  void cardsSideBySideAreJoinedFromBorderToBorderAtTheirKeyRows() {
    Rectangle2D right = new Rectangle2D(400, 100, 200, 200);

    EdgeRoute route = EdgeRouter.between(LEFT, 60, right, 250);

    assertThat(route.start()).isEqualTo(new Point2D(200, 60));
    assertThat(route.end()).isEqualTo(new Point2D(400, 250));
    assertThat(route.startDirection()).isEqualTo(new Point2D(1, 0));
    assertThat(route.endDirection()).isEqualTo(new Point2D(-1, 0));
    assertOrthogonal(route);
  }

  @Test
  void cardsAboveEachOtherAreJoinedBottomToTop() {
    Rectangle2D below = new Rectangle2D(20, 300, 200, 100);

    EdgeRoute route = EdgeRouter.between(LEFT, 60, below, 350);

    assertThat(route.start().getY()).isEqualTo(200);
    assertThat(route.end().getY()).isEqualTo(300);
    assertThat(route.points()).hasSize(2);
  }

  @Test
  void overlappingCardsGetAStraightLineClippedToBothBorders() {
    Rectangle2D overlapping = new Rectangle2D(150, 150, 200, 200);

    EdgeRoute route = EdgeRouter.between(LEFT, Double.NaN, overlapping, Double.NaN);

    assertThat(onBorder(LEFT, route.start())).isTrue();
    assertThat(onBorder(overlapping, route.end())).isTrue();
  }

  @Test
  void selfReferencesLoopOnTheRightSide() throws Exception {
    Model org = ProjectFiles.load(Examples.path("org-chart"));
    DiagramGeometry g = DiagramGeometry.of(org);
    var manager = org.schema().requireRelationship("rel_employee_manager");

    EdgeRoute route = EdgeRouter.route(manager, g).orElseThrow();

    Rectangle2D card = g.card("ent_employee").orElseThrow();
    assertThat(route.start().getX()).isEqualTo(card.getMaxX());
    assertThat(route.end().getX()).isEqualTo(card.getMaxX());
    assertThat(route.bounds().getMaxX()).isEqualTo(card.getMaxX() + EdgeRouter.LOOP_WIDTH);
    assertThat(route.start().getY()).isNotEqualTo(route.end().getY());
  }

  @Test
  void aForeignKeyLineEndsAtTheForeignKeyRow() throws Exception {
    Model blog = ProjectFiles.load(Examples.path("blog"));
    DiagramGeometry g = DiagramGeometry.of(blog);
    var author = blog.schema().requireRelationship("rel_post_author");

    EdgeRoute route = EdgeRouter.route(author, g).orElseThrow();

    assertThat(route.end().getY()).isEqualTo(g.attributeY("ent_post", "att_post_author_fk"));
    assertThat(route.start().getY()).isEqualTo(g.primaryKeyY("ent_user"));
  }

  private static void assertOrthogonal(EdgeRoute route) {
    for (int i = 1; i < route.points().size(); i++) {
      Point2D a = route.points().get(i - 1);
      Point2D b = route.points().get(i);
      assertThat(a.getX() == b.getX() || a.getY() == b.getY()).as("segment %d", i).isTrue();
    }
  }

  private static boolean onBorder(Rectangle2D r, Point2D p) {
    double e = 1e-6;
    boolean inside =
        p.getX() >= r.getMinX() - e
            && p.getX() <= r.getMaxX() + e
            && p.getY() >= r.getMinY() - e
            && p.getY() <= r.getMaxY() + e;
    boolean edge =
        Math.abs(p.getX() - r.getMinX()) < e
            || Math.abs(p.getX() - r.getMaxX()) < e
            || Math.abs(p.getY() - r.getMinY()) < e
            || Math.abs(p.getY() - r.getMaxY()) < e;
    return inside && edge;
  }
}
