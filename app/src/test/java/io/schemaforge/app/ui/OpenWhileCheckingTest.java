package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.problems.ProblemRow;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window draws an opened model before its first validation is done: the problems panel
 * says it is still checking, and an edit made meanwhile waits for the check, so the problems shown
 * afterwards are exactly those of a full validation of the edited model.
 */
@ExtendWith(ApplicationExtension.class)
class OpenWhileCheckingTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, null);
  }

  @Test
  void aModelIsDrawnWhileCheckedAndADragMeanwhileWaitsForTheCheck(FxRobot robot) throws Exception {
    Model flawed = flawedBlog();
    CompletableFuture<LiveValidator> check = new CompletableFuture<>();
    robot.interact(() -> document().openUnchecked(flawed, null, check));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.canvasView().lastFrame().cards()).isEqualTo(4);
    assertThat(problemsList(robot).getItems()).isEmpty();
    assertThat(robot.lookup(".problems-empty").queryAs(Label.class).getText())
        .isEqualTo("Checking the model…");
    // Not yet known: the counts show a dash, not "0 errors".
    assertThat(window.viewModel().errorsText().get()).isEqualTo("– errors");
    assertThat(window.viewModel().warningsText().get()).isEqualTo("– warnings");
    Screenshots.save(window.scene(), "open-while-checking.png");

    // The check finishes on another thread while the drag's first move waits for it.
    Thread checker =
        new Thread(
            () -> {
              sleep(400);
              check.complete(DocumentViewModel.check(flawed, RuleRegistry.builtIn()));
            });
    checker.start();
    Rectangle2D before = canvas().geometry().card("ent_user").orElseThrow();
    Point2D title =
        onFx(
            () ->
                window
                    .canvasView()
                    .localToScreen(
                        canvas().toScreen(before.getMinX() + 20, before.getMinY() + 10)));
    robot.drag(title).moveBy(30, 0).moveBy(30, 0).release(javafx.scene.input.MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    checker.join(TimeUnit.SECONDS.toMillis(10));

    assertThat(check).isDone();
    assertThat(document().checkingProperty().get()).isFalse();
    assertThat(canvas().geometry().card("ent_user").orElseThrow().getMinX())
        .isGreaterThan(before.getMinX());
    assertThat(document().validator().diagnostics())
        .isEqualTo(LiveValidator.validate(flawed, RuleRegistry.builtIn()));
    assertThat(problemsList(robot).getItems())
        .startsWith(new ProblemRow.GroupHeader(Severity.ERROR, 1));
    assertThat(robot.lookup(".status-errors").queryAs(Label.class).getText()).isEqualTo("1 error");
    Screenshots.save(window.scene(), "open-checked.png");
  }

  @Test
  void theCanvasShowsTheProblemBadgesOnceTheCheckIsDone(FxRobot robot) throws Exception {
    Model flawed = flawedBlog();
    CompletableFuture<LiveValidator> check = new CompletableFuture<>();
    robot.interact(() -> document().openUnchecked(flawed, null, check));
    WaitForAsyncUtils.waitForFxEvents();
    Color before = onFx(this::badgePixel);

    new Thread(() -> check.complete(DocumentViewModel.check(flawed, RuleRegistry.builtIn())))
        .start();
    for (int i = 0; i < 300 && onFx(() -> document().checkingProperty().get()); i++) {
      Thread.sleep(20);
    }
    WaitForAsyncUtils.waitForFxEvents();
    Color after = onFx(this::badgePixel);

    assertThat(before.getRed()).as("no badge while checking: %s", before).isGreaterThan(0.8);
    assertThat(before.getGreen()).as("no badge while checking: %s", before).isGreaterThan(0.8);
    assertThat(after.getRed()).as("a red badge: %s", after).isGreaterThan(0.6);
    assertThat(after.getGreen()).as("a red badge: %s", after).isLessThan(0.4);
  }

  /**
   * The colour where the user card's problem badge sits (centred on its top right corner, at least
   * 7 pixels in radius), 4 pixels up and right of the centre: inside the badge, outside the card,
   * and clear of the count's white digit at the centre (the glyph's anti-aliased edge read pink
   * there).
   */
  private Color badgePixel() {
    Rectangle2D card = canvas().geometry().card("ent_user").orElseThrow();
    Point2D corner = canvas().toScreen(card.getMaxX(), card.getMinY());
    WritableImage image = window.canvasView().snapshot(null, null);
    return image
        .getPixelReader()
        .getColor((int) Math.round(corner.getX()) + 4, (int) Math.round(corner.getY()) - 4);
  }

  @Test
  void fileOpenShowsTheModelThenItsProblems(FxRobot robot, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("flawed" + ProjectFiles.EXTENSION);
    ProjectFiles.save(flawedBlog(), file);

    CompletableFuture<Boolean> opened = new CompletableFuture<>();
    robot.interact(() -> window.viewModel().openInBackground(file).thenAccept(opened::complete));
    assertThat(opened.get(30, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 300 && onFx(() -> document().checkingProperty().get()); i++) {
      Thread.sleep(20);
    }
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(document().checkingProperty().get()).isFalse();
    assertThat(robot.lookup(".status-errors").queryAs(Label.class).getText()).isEqualTo("1 error");
    assertThat(window.viewModel().activityProperty().get())
        .isEqualTo("Opened flawed" + ProjectFiles.EXTENSION);
    assertThat(problemsList(robot).getItems())
        .startsWith(new ProblemRow.GroupHeader(Severity.ERROR, 1));
  }

  /** The blog example with one error: its user entity's table named with a reserved word. */
  private static Model flawedBlog() throws Exception {
    Model m = ProjectFiles.load(Examples.path("blog"));
    new CommandStack(m).execute(new RenameEntityCommand("ent_user", "User", "user"));
    return m;
  }

  private DocumentViewModel document() {
    return window.viewModel().document();
  }

  private CanvasViewModel canvas() {
    return window.viewModel().canvas();
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @SuppressWarnings("unchecked")
  private static ListView<ProblemRow> problemsList(FxRobot robot) {
    return robot.lookup(".problems-list").queryAs(ListView.class);
  }
}
