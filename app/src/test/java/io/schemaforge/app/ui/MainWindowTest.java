package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.problems.ProblemRow;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.rules.ReservedWordRule;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on the blog example, driven through the robot (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, Examples.path("blog"));
  }

  @Test
  void drawsTheExampleAndShowsLiveProblemsThatFollowEditsAndUndo(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    CanvasView canvasView = window.canvasView();
    assertThat(canvasView.lastFrame().cards()).isEqualTo(4);
    assertThat(canvasView.lastFrame().relationships()).isEqualTo(4);
    List<ProblemRow> initialProblems = List.copyOf(problemsList(robot).getItems());
    assertThat(statusText(robot, ".status-errors")).isEqualTo("0 errors");
    assertThat(window.stage().getTitle()).isEqualTo("blog.schemaforge.json — Schemaforge");
    Screenshots.save(window.scene(), "first-window.png");

    // An edit through the command stack that makes an error: "user" is reserved in PostgreSQL.
    robot.interact(
        () ->
            window
                .viewModel()
                .document()
                .execute(new RenameEntityCommand("ent_user", "User", "user")));
    WaitForAsyncUtils.waitForFxEvents();

    // Other rules (a singular table name) may add warnings; the error group comes first.
    assertThat(problemsList(robot).getItems())
        .startsWith(new ProblemRow.GroupHeader(Severity.ERROR, 1))
        .anySatisfy(
            r ->
                assertThat(r)
                    .isInstanceOfSatisfying(
                        ProblemRow.Problem.class,
                        p -> assertThat(p.diagnostic().ruleId()).isEqualTo(ReservedWordRule.ID)));
    assertThat(statusText(robot, ".status-errors")).isEqualTo("1 error");
    assertThat(window.stage().getTitle()).startsWith("*");
    ListCell<?> row =
        robot
            .lookup(".problem-row")
            .match((ListCell<?> c) -> c.getText().contains("reserved word"))
            .queryAs(ListCell.class);
    assertThat(row.getText()).contains("'user'");
    Screenshots.save(window.scene(), "problem-shown.png");

    robot.clickOn(row);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvasViewModel().selectedEntityIdProperty().get()).isEqualTo("ent_user");
    Screenshots.save(window.scene(), "problem-revealed.png");

    // Undo with the real keyboard shortcut: the error goes away.
    robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(problemsList(robot).getItems()).isEqualTo(initialProblems);
    assertThat(statusText(robot, ".status-errors")).isEqualTo("0 errors");
    assertThat(window.viewModel().document().model().schema().requireEntity("ent_user").tableName())
        .isEqualTo("users");
  }

  @Test
  void theWheelZoomsAndDraggingWithTheMiddleButtonPans(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    CanvasViewModel canvas = canvasViewModel();
    CanvasView view = window.canvasView();
    Point2D empty = emptySpotOnScreen(view, canvas);

    double zoom = canvas.zoomProperty().get();
    robot.moveTo(empty).scroll(3, VerticalDirection.UP);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas.zoomProperty().get()).isNotEqualTo(zoom);
    assertThat(statusText(robot, ".status-zoom"))
        .isEqualTo(Math.round(canvas.zoomProperty().get() * 100) + "%");

    Point2D start = emptySpotOnScreen(view, canvas);
    double panX = canvas.panXProperty().get();
    double panY = canvas.panYProperty().get();
    robot.drag(start, MouseButton.MIDDLE).moveBy(60, 40).release(MouseButton.MIDDLE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas.panXProperty().get() - panX)
        .isCloseTo(60, org.assertj.core.data.Offset.offset(2.0));
    assertThat(canvas.panYProperty().get() - panY)
        .isCloseTo(40, org.assertj.core.data.Offset.offset(2.0));
    assertThat(canvas.selectedEntityIdProperty().get()).isNull();
  }

  @Test
  void zoomKeysAndFitWorkThroughTheMenuAccelerators(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    CanvasViewModel canvas = canvasViewModel();
    robot.clickOn(emptySpotOnScreen(window.canvasView(), canvas));
    double fitted = canvas.zoomProperty().get();

    robot.press(KeyCode.CONTROL);
    for (int i = 0; i < 6; i++) {
      robot.press(KeyCode.MINUS).release(KeyCode.MINUS);
    }
    robot.release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas.zoomProperty().get()).isLessThan(CanvasViewModel.DETAIL_ZOOM);
    assertThat(window.canvasView().lastFrame().cards()).isEqualTo(4);
    Screenshots.save(window.scene(), "zoomed-out-overview.png");

    robot
        .press(KeyCode.CONTROL)
        .press(KeyCode.DIGIT0)
        .release(KeyCode.DIGIT0)
        .release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas.zoomProperty().get()).isEqualTo(fitted);

    robot.press(KeyCode.CONTROL);
    for (int i = 0; i < 4; i++) {
      robot.press(KeyCode.EQUALS).release(KeyCode.EQUALS);
    }
    robot.release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas.zoomProperty().get()).isGreaterThan(2 * fitted);
    // Zoomed in on the middle, the cards at the sides are culled from the frame.
    assertThat(window.canvasView().lastFrame().cards()).isBetween(1, 3);
    Screenshots.save(window.scene(), "zoomed-in.png");
  }

  private CanvasViewModel canvasViewModel() {
    return window.viewModel().canvas();
  }

  @SuppressWarnings("unchecked")
  private static ListView<ProblemRow> problemsList(FxRobot robot) {
    return robot.lookup(".problems-list").queryAs(ListView.class);
  }

  private static String statusText(FxRobot robot, String styleClass) {
    return robot.lookup(styleClass).queryAs(Label.class).getText();
  }

  /** A point on screen over the canvas where no card is. */
  private static Point2D emptySpotOnScreen(CanvasView view, CanvasViewModel canvas) {
    Bounds screen = view.localToScreen(view.getBoundsInLocal());
    for (double y = screen.getHeight() - 20; y > 20; y -= 25) {
      for (double x = 20; x < screen.getWidth() - 20; x += 25) {
        Optional<String> hit = canvas.entityAt(x, y);
        if (hit.isEmpty()) {
          return new Point2D(screen.getMinX() + x, screen.getMinY() + y);
        }
      }
    }
    throw new AssertionError("no empty spot on the canvas");
  }
}
