package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.minimap.MinimapView;
import io.schemaforge.app.ui.outline.OutlineNode;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The minimap moves the view where it is clicked; the outline reveals what is clicked in it. */
@ExtendWith(ApplicationExtension.class)
class MinimapAndOutlineTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, Examples.path("shop"));
  }

  @Test
  void clickingTheMinimapCentresTheViewThere(FxRobot robot) throws Exception {
    CanvasViewModel canvas = window.viewModel().canvas();
    robot.interact(() -> canvas.zoomAt(3, 0, 0));
    Entity last = lastEntity();
    Rectangle2D card = canvas.geometry().card(last.id()).orElseThrow();
    Point2D centre = new Point2D(card.getMinX() + card.getWidth() / 2, card.getMinY() + 10);
    assertThat(canvas.visibleArea().contains(centre)).isFalse();
    MinimapView minimap = window.minimap();
    // Let the throttled redraw take the new viewport into its projection.
    Thread.sleep(400);
    WaitForAsyncUtils.waitForFxEvents();
    Rectangle2D onMap =
        minimap.projection().toMap(new Rectangle2D(centre.getX(), centre.getY(), 0, 0));
    Screenshots.save(window.scene(), "minimap-before.png");
    robot.clickOn(minimap.localToScreen(onMap.getMinX(), onMap.getMinY()), MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    Rectangle2D visible = canvas.visibleArea();
    assertThat(visible.contains(centre)).isTrue();
    assertThat(Math.abs(visible.getMinX() + visible.getWidth() / 2 - centre.getX()))
        .isLessThan(visible.getWidth() * 0.1);
    Thread.sleep(400);
    Screenshots.save(window.scene(), "minimap-after.png");
  }

  @Test
  void clickingAnEntityInTheOutlineSelectsAndRevealsIt(FxRobot robot) throws Exception {
    CanvasViewModel canvas = window.viewModel().canvas();
    Entity last = lastEntity();
    robot.interact(() -> canvas.panBy(5000, 5000));
    TreeCell<?> cell =
        robot
            .lookup(".outline-tree .tree-cell")
            .match(
                (TreeCell<?> c) -> c.getItem() instanceof OutlineNode n && last.id().equals(n.id()))
            .query();
    // A name the narrow panel may cut off is there in full as the row's tooltip.
    assertThat(cell.getTooltip()).isNotNull();
    assertThat(cell.getTooltip().getText()).isEqualTo(cell.getText()).contains(last.name());
    robot.clickOn(cell);
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> last.id().equals(canvas.selectedEntityIdProperty().get()));
    Rectangle2D card = canvas.geometry().card(last.id()).orElseThrow();
    assertThat(canvas.visibleArea().intersects(card)).isTrue();
    Screenshots.save(window.scene(), "outline-revealed.png");
  }

  @Test
  void aBigModelGetsItsOutlineJustAfterItsFirstFrame(FxRobot robot) throws Exception {
    Model big = Model.empty("big", Dialect.POSTGRES, "com.example.big");
    CommandStack stack = new CommandStack(big);
    for (int i = 0; i < 1200; i++) {
      stack.execute(AddEntityCommand.withIdKey("Thing" + i, (i % 40) * 300, (i / 40) * 200));
    }
    Path file = Files.createTempFile("big", ProjectFiles.EXTENSION);
    ProjectFiles.save(big, file);
    TreeView<?> tree = robot.lookup(".outline-tree").queryAs(TreeView.class);
    AtomicReference<TreeItem<?>> rootRightAfterOpen = new AtomicReference<>();

    robot.interact(
        () -> {
          window.viewModel().open(file);
          rootRightAfterOpen.set(tree.getRoot());
        });

    // Building 1,200 rows waits until the diagram has been drawn, then follows on its own.
    assertThat(rootRightAfterOpen.get()).isNull();
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> tree.getRoot() != null && tree.getExpandedItemCount() >= 1200);
    Files.deleteIfExists(file);
  }

  private Entity lastEntity() {
    var entities = window.viewModel().document().model().schema().entities();
    return entities.get(entities.size() - 1);
  }
}
