package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.canvas.CanvasEditor;
import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.canvas.DiagramHit;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.projectfile.ProjectFileWriter;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Canvas gestures on the blog example through the robot: double-click to create, rubber band,
 * dragging cards onto the grid, delete with its confirmation, Tab between attribute cells, Ctrl+F,
 * auto-layout and the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasInteractionTest {
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, Examples.path("blog"));
  }

  private CanvasViewModel canvas() {
    return window.viewModel().canvas();
  }

  private Entity entity(String id) {
    return window.viewModel().document().model().schema().requireEntity(id);
  }

  @Test
  void doubleClickCreatesAnEntityNamedInPlaceAndDragMovesCardsOnTheGrid(FxRobot robot)
      throws Exception {
    // Under load every step below can take seconds: each waits for what it needs to see (up to a
    // bound) instead of assuming one round of FX events was enough.
    settled();
    Point2D empty = onFx(this::emptyPoint);
    robot.doubleClickOn(empty, MouseButton.PRIMARY);
    awaitInlineEditor();
    Screenshots.save(window.scene(), "canvas-inline-rename.png");
    robot.write("Reaction").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> {
          String selected = canvas().selectedEntityIdProperty().get();
          return selected != null && "Reaction".equals(entity(selected).name());
        });
    String id = canvas().selectedEntityIdProperty().get();
    assertThat(entity(id).name()).isEqualTo("Reaction");
    assertThat(entity(id).tableName()).isEqualTo("reactions");

    // Double-click on a title renames in place too (scrolled to first: the inspector took room).
    robot.interact(() -> canvas().reveal("ent_tag"));
    settled();
    robot.doubleClickOn(onFx(() -> cardPoint("ent_tag", 0.3, 0.1)), MouseButton.PRIMARY);
    awaitInlineEditor();
    robot.write("Label").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Label".equals(entity("ent_tag").name()));
    assertThat(entity("ent_tag").name()).isEqualTo("Label");

    // Dragging a card moves it onto the grid as one undo step.
    settled();
    robot
        .drag(onFx(() -> cardPoint("ent_tag", 0.5, 0.7)), MouseButton.PRIMARY)
        .moveBy(37, 23)
        .moveBy(30, 30)
        .release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> "Undo Move entity".equals(window.viewModel().document().undoTextProperty().get()));
    Rectangle2D tag = canvas().geometry().card("ent_tag").orElseThrow();
    assertThat(tag.getMinX() % CanvasEditor.GRID).isZero();
    assertThat(tag.getMinY() % CanvasEditor.GRID).isZero();
    assertThat(window.viewModel().document().undoTextProperty().get())
        .isEqualTo("Undo Move entity");
  }

  /**
   * The canvas has its size and no layout pass is pending, so screen points stay where they are.
   */
  private void settled() throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.canvasView().getWidth() > 0);
    WaitForAsyncUtils.waitForFxEvents();
    onFx(
        () -> {
          window.scene().getRoot().layout();
          return null;
        });
  }

  /** The in-place editor is shown and has the keyboard, so typing goes into it. */
  private void awaitInlineEditor() throws Exception {
    var field = window.canvasView().inlineEditorField();
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.isVisible() && field.isFocused());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "in-place editor visible="
              + field.isVisible()
              + " focused="
              + field.isFocused()
              + " focus owner="
              + window.scene().getFocusOwner(),
          e);
    }
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }

  @Test
  void rubberBandSelectsAndDeleteAsksNamingWhatGoesAlong(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    String before = ProjectFileWriter.toJson(window.viewModel().document().model());
    // A band around User and Comment (the left column of the example).
    Point2D from = screen(canvas().geometry().card("ent_user").orElseThrow(), -20, -20);
    Rectangle2D comment = canvas().geometry().card("ent_comment").orElseThrow();
    Point2D to = screen(comment, comment.getWidth() + 10, comment.getHeight() + 10);
    robot.drag(from, MouseButton.PRIMARY).moveTo(to);
    Screenshots.save(window.scene(), "canvas-rubber-band.png");
    robot.release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas().selection().entities()).contains("ent_user", "ent_comment");

    robot.clickOn(cardPoint("ent_user", 0.5, 0.6));
    robot.type(KeyCode.DELETE);
    WaitForAsyncUtils.waitForFxEvents();
    String dialog =
        robot
            .lookup(".dialog-pane")
            .queryAs(javafx.scene.control.DialogPane.class)
            .getContentText();
    assertThat(dialog).contains("relationship User → Post with foreign key posts.author_id");
    Screenshots.save(
        robot.lookup(".dialog-pane").query().getScene(), "canvas-delete-confirmation.png");
    robot.clickOn(
        robot
            .lookup(".dialog-pane .button")
            .match((javafx.scene.control.Button b) -> b.getText().equals("Delete"))
            .<javafx.scene.Node>query());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.viewModel().document().model().schema().entity("ent_user")).isEmpty();

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ProjectFileWriter.toJson(window.viewModel().document().model())).isEqualTo(before);
  }

  @Test
  void tabMovesBetweenAttributeCellsAndEachCellEditIsACommand(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(cardPoint("ent_post", 0.5, 0.5));
    @SuppressWarnings("unchecked")
    TableView<Attribute> table = robot.lookup(".attribute-table").queryAs(TableView.class);
    // The "title" row's name cell.
    robot.doubleClickOn(
        robot
            .lookup(".attribute-cell")
            .match((javafx.scene.control.TableCell<?, ?> c) -> "title".equals(c.getText()))
            .<javafx.scene.Node>query());
    WaitForAsyncUtils.waitForFxEvents();
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("headline").type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    // Tab committed the name (the column followed) and went on editing the type cell.
    Attribute headline = entity("ent_post").attributeByName("headline").orElseThrow();
    assertThat(headline.columnName()).isEqualTo("headline");
    assertThat(table.getEditingCell()).isNotNull();
    assertThat(table.getEditingCell().getTableColumn().getText()).isEqualTo("Type");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("text").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(entity("ent_post").attribute(headline.id()).orElseThrow().typeDisplay())
        .isEqualTo("text");
    Screenshots.save(window.scene(), "inspector-attribute-edited.png");
  }

  @Test
  void findRevealsAnAttributesEntityAndAutoLayoutIsOneUndoStep(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(emptyPoint());
    robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    robot.write("slug");
    WaitForAsyncUtils.waitForFxEvents();
    Screenshots.save(window.scene(), "search-results.png");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas().selectedEntityIdProperty().get()).isEqualTo("ent_post");

    String before = ProjectFileWriter.toJson(window.viewModel().document().model());
    robot.clickOn(emptyPoint());
    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> window.viewModel().document().undoTextProperty().get().equals("Undo Auto layout"));
    WaitForAsyncUtils.waitForFxEvents();
    Rectangle2D user = canvas().geometry().card("ent_user").orElseThrow();
    Rectangle2D post = canvas().geometry().card("ent_post").orElseThrow();
    Rectangle2D comment = canvas().geometry().card("ent_comment").orElseThrow();
    // Layered left to right along the relationships: User, then Post, then Comment.
    assertThat(user.getMaxX()).isLessThan(post.getMinX());
    assertThat(post.getMaxX()).isLessThan(comment.getMinX());
    Screenshots.save(window.scene(), "auto-layout.png");
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ProjectFileWriter.toJson(window.viewModel().document().model())).isEqualTo(before);
  }

  @Test
  void theDarkThemeIsOneMenuClickAway(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("View").clickOn("Dark Theme");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.viewModel().themeProperty().get()).isEqualTo(Theme.DARK);
    assertThat(window.scene().getStylesheets()).anyMatch(s -> s.endsWith("dark.css"));
    robot.clickOn(cardPoint("ent_post", 0.5, 0.5));
    Screenshots.save(window.scene(), "dark-theme.png");
    robot.clickOn("View").clickOn("Dark Theme");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.viewModel().themeProperty().get()).isEqualTo(Theme.LIGHT);
  }

  private Point2D cardPoint(String entityId, double fx, double fy) {
    Rectangle2D card = canvas().geometry().card(entityId).orElseThrow();
    return screen(card, card.getWidth() * fx, card.getHeight() * fy);
  }

  private Point2D screen(Rectangle2D card, double dx, double dy) {
    Point2D local = canvas().toScreen(card.getMinX() + dx, card.getMinY() + dy);
    return window.canvasView().localToScreen(local);
  }

  private Point2D emptyPoint() {
    var view = window.canvasView();
    for (double y = view.getHeight() - 30; y > 30; y -= 20) {
      for (double x = 30; x < view.getWidth() - 30; x += 20) {
        if (canvas().hitAt(x, y).kind() == DiagramHit.Kind.NONE
            && canvas().hitAt(x + 40, y + 40).kind() == DiagramHit.Kind.NONE) {
          return view.localToScreen(x, y);
        }
      }
    }
    throw new AssertionError("no empty spot");
  }
}
