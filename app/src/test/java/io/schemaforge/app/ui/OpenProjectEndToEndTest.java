package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.Schema;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Open Project… through real input: Ctrl+Shift+O, a missing folder typed (an error, the
 * window unchanged), then a small Flyway project (authors and books joined by a foreign key): the
 * status line shows the import's steps as they run, and the imported model must open as an unsaved
 * untitled document with both entities laid out and the relationship between them.
 */
@ExtendWith(ApplicationExtension.class)
class OpenProjectEndToEndTest {
  private MainWindow window;
  @TempDir Path temp;

  @Start
  void start(Stage stage) {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, null);
  }

  @Test
  void importsAFlywayProjectAsANewUntitledDocument(FxRobot robot) throws Exception {
    Path project = copyFixture("library-project", temp.resolve("library"));
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn(".canvas-host");
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.O)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    Scene dialog = dialogScene(robot);
    Screenshots.save(dialog, "open-project-empty.png");

    // A folder that is not there: the dialog says so and the window keeps its (empty) model.
    Path missing = temp.resolve("no-such-project");
    robot.clickOn(".import-folder-field").write(missing.toString());
    robot.clickOn(".import-button");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(error(dialog)).contains(missing.toString()).contains("does not exist");
    assertThat(window.viewModel().document().model().schema().entities()).isEmpty();
    assertThat(window.viewModel().document().dirtyProperty().get()).isFalse();

    robot.clickOn(".import-folder-field");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write(project.toString());
    Screenshots.save(dialog, "open-project-filled.png");
    // Every text the status line shows while the import runs: its steps, one by one.
    List<String> statuses = new CopyOnWriteArrayList<>();
    Label status = label(dialog, ".import-status");
    WaitForAsyncUtils.asyncFx(
            () -> status.textProperty().addListener((obs, old, now) -> statuses.add(now)))
        .get(10, TimeUnit.SECONDS);
    robot.clickOn(".import-button");
    // The first step shows at once (reading the files, while the replay database starts).
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> statuses.stream().anyMatch(t -> t.startsWith("Reading the")));
    Screenshots.save(dialog, "open-project-progress.png");
    WaitForAsyncUtils.waitFor(
        180,
        TimeUnit.SECONDS,
        () -> dialog.getRoot().lookup(".import-summary").isVisible() || error(dialog) != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(error(dialog)).isNull();
    assertThat(statuses)
        .contains("Reading the migration files…")
        .anyMatch(t -> t.startsWith("Replaying V1__create_author.sql (1 of 3) on embedded"))
        .anyMatch(t -> t.startsWith("Replaying V3__index_book_title.sql (3 of 3)"))
        .anyMatch(t -> t.startsWith("Reading the catalog back"))
        .anyMatch(t -> t.startsWith("Laying out 2 entities"));
    assertThat(label(dialog, ".import-summary-text").getText())
        .startsWith("Imported 2 table(s) as 2 entities and 1 relationship(s)");

    Schema schema = window.viewModel().document().model().schema();
    Entity author = table(schema, "author");
    Entity book = table(schema, "book");
    assertThat(schema.relationships()).hasSize(1);
    Relationship r = schema.relationships().get(0);
    assertThat(java.util.Set.of(r.sourceEntityId(), r.targetEntityId()))
        .containsExactlyInAnyOrder(author.id(), book.id());
    assertThat(book.attributes()).anyMatch(a -> a.columnName().equals("author_id"));
    assertThat(window.viewModel().document().dirtyProperty().get()).isTrue();
    assertThat(window.viewModel().document().fileProperty().get()).isNull();
    assertThat(window.stage().getTitle()).startsWith("*Untitled");

    // Laid out: both cards have a place, and they do not overlap.
    var geometry = window.viewModel().canvas().geometry();
    Rectangle2D authorCard = geometry.card(author.id()).orElseThrow();
    Rectangle2D bookCard = geometry.card(book.id()).orElseThrow();
    assertThat(authorCard.intersects(bookCard)).isFalse();
    Screenshots.save(dialog, "open-project-imported.png");

    robot.clickOn(".import-close");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".import-dialog").tryQuery()).isEmpty();
    Screenshots.save(window.stage().getScene(), "open-project-diagram.png");
  }

  private static Entity table(Schema schema, String table) {
    return schema.entities().stream()
        .filter(e -> e.tableName().equals(table))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity for table " + table));
  }

  private static Path copyFixture(String name, Path target) throws Exception {
    Path source = fixture(name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(OpenProjectEndToEndTest.class.getResource("importer/" + name), name)
            .toURI());
  }

  private static Scene dialogScene(FxRobot robot) {
    Node root = robot.lookup(".import-dialog").query();
    assertThat(root).as("the Open Project dialog is open").isNotNull();
    return root.getScene();
  }

  private static String error(Scene dialog) {
    Node box = dialog.getRoot().lookup(".import-error");
    return box.isVisible() ? label(dialog, ".import-error-text").getText() : null;
  }

  private static Label label(Scene dialog, String selector) {
    return (Label) dialog.getRoot().lookup(selector);
  }
}
