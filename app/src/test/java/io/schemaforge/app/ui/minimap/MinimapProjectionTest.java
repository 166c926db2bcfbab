package io.schemaforge.app.ui.minimap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class MinimapProjectionTest {

  @Test
  void fitsTheWorldInsideTheMapWithItsMarginAndMapsBack() {
    Rectangle2D world = new Rectangle2D(-500, 100, 2000, 1000);
    MinimapProjection p = MinimapProjection.fit(world, 200, 140);
    Rectangle2D m = p.toMap(world);
    assertThat(m.getMinX()).isCloseTo(MinimapProjection.MARGIN, within(1e-9));
    assertThat(m.getMaxX()).isCloseTo(200 - MinimapProjection.MARGIN, within(1e-9));
    assertThat(m.getMinY()).isGreaterThanOrEqualTo(MinimapProjection.MARGIN);
    assertThat(m.getMaxY()).isLessThanOrEqualTo(140 - MinimapProjection.MARGIN);
    Point2D back = p.toModel(m.getMinX() + m.getWidth() / 2, m.getMinY() + m.getHeight() / 2);
    assertThat(back.getX()).isCloseTo(500, within(1e-6));
    assertThat(back.getY()).isCloseTo(600, within(1e-6));
  }

  @Test
  void unionIgnoresAnEmptyRectangle() {
    Rectangle2D a = new Rectangle2D(10, 10, 5, 5);
    assertThat(MinimapProjection.union(Rectangle2D.EMPTY, a)).isEqualTo(a);
    assertThat(MinimapProjection.union(a, new Rectangle2D(0, 20, 1, 1)))
        .isEqualTo(new Rectangle2D(0, 10, 15, 11));
  }
}
