package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Entity;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A card's right edge and bottom-right corner dragged with the mouse; one undo step each. */
@ExtendWith(ApplicationExtension.class)
class CardResizeTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, Examples.path("shop"));
  }

  @Test
  void draggingTheRightEdgeWidensTheCardAndUndoPutsItBack(FxRobot robot) {
    CanvasViewModel canvas = window.viewModel().canvas();
    Entity product = entityNamed("Product");
    robot.interact(() -> canvas.reveal(product.id()));
    WaitForAsyncUtils.waitForFxEvents();
    Bounds before =
        window.viewModel().document().model().layout().bounds(product.id()).orElseThrow();
    Rectangle2D card = canvas.geometry().card(product.id()).orElseThrow();
    double z = canvas.zoomProperty().get();
    Point2D edge = onScreen(card.getMaxX(), card.getMinY() + card.getHeight() * 0.6);

    robot.moveTo(edge).press(MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0);
    robot.release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();

    Bounds after =
        window.viewModel().document().model().layout().bounds(product.id()).orElseThrow();
    assertThat(after.width())
        .isCloseTo(card.getWidth() + 80 / z, org.assertj.core.data.Offset.offset(10.0));
    assertThat(after.x()).isEqualTo(before.x());
    assertThat(window.viewModel().document().undoTextProperty().get())
        .isEqualTo("Undo Resize entity");
    Screenshots.save(window.scene(), "card-resized.png");

    robot.interact(() -> window.viewModel().document().undo());
    assertThat(window.viewModel().document().model().layout().bounds(product.id()).orElseThrow())
        .isEqualTo(before);
  }

  private Point2D onScreen(double modelX, double modelY) {
    Point2D local = window.viewModel().canvas().toScreen(modelX, modelY);
    return window.canvasView().localToScreen(local);
  }

  private Entity entityNamed(String name) {
    return window.viewModel().document().model().schema().entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
