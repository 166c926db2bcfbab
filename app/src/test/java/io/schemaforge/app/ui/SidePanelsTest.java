package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.files.SettingsFolder;
import io.schemaforge.model.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280 × 800 the canvas gets the room: the inspector folds away while nothing is selected, comes
 * back at a moderate width, and keeps the width the user drags it to.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelsTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    TestSettings.clear();
    stage.setWidth(1280);
    stage.setHeight(800);
    window = SchemaforgeApp.show(stage, Examples.path("shop"));
  }

  private Node inspector() {
    return window.inspectorView().getParent();
  }

  private double canvasWidth() {
    return window.canvasView().getWidth();
  }

  private void select(FxRobot robot, Entity e) throws Exception {
    robot.interact(() -> window.viewModel().canvas().selection().selectEntity(e.id()));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inspector().getScene() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void withNothingSelectedTheCanvasHasTheInspectorsWidthAndGivesItBackOnSelection(FxRobot robot)
      throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(inspector().getScene()).as("inspector folded away").isNull();
    double roomy = canvasWidth();
    Screenshots.save(window.scene(), "layout-1280x800-nothing-selected.png");
    assertThat(roomy).isGreaterThan(900);

    select(robot, window.viewModel().document().model().schema().entities().get(0));

    double inspectorWidth = window.inspectorView().getWidth();
    assertThat(inspectorWidth).isBetween(300.0, 340.0);
    assertThat(canvasWidth()).isGreaterThan(600).isLessThan(roomy);
    Screenshots.save(window.scene(), "layout-1280x800-entity-selected.png");

    robot.interact(() -> window.viewModel().canvas().selection().clear());
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inspector().getScene() == null);
  }

  @Test
  void aDraggedInspectorWidthIsKeptAndRemembered(FxRobot robot) throws Exception {
    var entities = window.viewModel().document().model().schema().entities();
    select(robot, entities.get(0));
    double before = window.inspectorView().getWidth();
    Node divider =
        robot
            .lookup(".main-split > .split-pane-divider")
            .match(d -> d.localToScene(0, 0).getX() > window.scene().getWidth() / 2)
            .query();
    Bounds b = divider.localToScreen(divider.getLayoutBounds());
    robot
        .moveTo(divider)
        .press(MouseButton.PRIMARY)
        .moveBy(-40, 0)
        .moveBy(-40, 0)
        .release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    double dragged = window.inspectorView().getWidth();
    assertThat(dragged).as("dragged from x=%s", b.getMinX()).isGreaterThan(before + 60);

    robot.interact(() -> window.viewModel().canvas().selection().clear());
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inspector().getScene() == null);
    select(robot, entities.get(1));

    assertThat(window.inspectorView().getWidth())
        .isCloseTo(dragged, org.assertj.core.api.Assertions.within(4.0));
    Path file = SettingsFolder.path().resolve("panels.properties");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.isRegularFile(file));
    assertThat(Files.readString(file))
        .contains("inspector.width=" + Math.round(window.sidePanels().inspectorWidth()));
  }
}
