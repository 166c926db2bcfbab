package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.export.PreviewFile;
import io.schemaforge.codegen.migration.MigrationStatement;
import io.schemaforge.codegen.migration.Risk;
import io.schemaforge.model.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
 * File ▸ Export… through real input: Ctrl+E, the target typed into the field, Preview, the preview
 * checked, Write; then a table rename in the inspector and a second export, whose preview shows the
 * rename as CAUTION and writes V2; then a dropped entity, whose DANGER statement must be confirmed
 * before Write is enabled.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogEndToEndTest {
  private MainWindow window;
  @TempDir Path project;

  @Start
  void start(Stage stage) throws Exception {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, Examples.path("blog"));
  }

  @Test
  void exportsThroughTheDialogThenExportsARenameAsTheNextMigration(FxRobot robot) throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>\n");
    WaitForAsyncUtils.waitForFxEvents();

    // First export: the target typed, a preview, then Write.
    robot.clickOn(".canvas-host");
    robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    Scene dialog = dialogScene(robot);
    Screenshots.save(dialog, "export-empty.png");
    robot.clickOn(".export-target-field").write(project.toString());
    robot.clickOn(".export-preview-button");
    awaitPreview(robot, dialog);
    assertThat(error(dialog)).isNull();
    List<PreviewFile> files = previewFiles(dialog);
    assertThat(files.get(0).kind()).isEqualTo(PreviewFile.Kind.MIGRATION);
    assertThat(files.get(0).path().getFileName().toString()).startsWith("V1__");
    assertThat(files.get(0).state()).isEqualTo(PreviewFile.State.NEW);
    assertThat(files)
        .filteredOn(f -> f.kind() == PreviewFile.Kind.JAVA)
        .isNotEmpty()
        .allMatch(f -> f.state() == PreviewFile.State.NEW);
    assertThat(statements(dialog)).isNotEmpty().allMatch(s -> s.risk() == Risk.SAFE);
    assertThat(label(dialog, ".export-layout").getText())
        .contains("Maven project")
        .contains("com.example.blog");
    Screenshots.save(dialog, "export-preview-v1.png");
    robot.clickOn(".export-write");
    awaitPhaseText(robot, dialog, "Wrote ");
    Screenshots.save(dialog, "export-written-v1.png");
    Path migrations = project.resolve("src/main/resources/db/migration");
    assertThat(sqlFiles(migrations)).hasSize(1).allMatch(n -> n.startsWith("V1__"));
    Path postJava = javaFile("Post.java");
    assertThat(Files.readString(postJava)).contains("@Entity").contains("class Post");
    robot.clickOn(".export-close");
    WaitForAsyncUtils.waitForFxEvents();

    // Rename the posts table in the inspector, then export again into the remembered target.
    Entity post = entityNamed("Post");
    robot.interact(() -> window.viewModel().canvas().fitToContent());
    robot.clickOn(cardPoint(post.id(), 0.5, 0.15));
    robot.clickOn(".entity-table-field");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("articles").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(entityNamed("Post").tableName()).isEqualTo("articles");
    robot.clickOn(".canvas-host");
    robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    dialog = dialogScene(robot);
    assertThat(robot.lookup(".export-target-field").queryTextInputControl().getText())
        .isEqualTo(project.toAbsolutePath().normalize().toString());
    awaitPreview(robot, dialog);
    assertThat(error(dialog)).isNull();
    files = previewFiles(dialog);
    assertThat(files.get(0).path().getFileName().toString()).startsWith("V2__");
    assertThat(statements(dialog))
        .anyMatch(s -> s.risk() == Risk.CAUTION && s.sql().toLowerCase().contains("rename"));
    assertThat(robot.lookup(".risk-caution").queryAll())
        .isNotEmpty()
        .allMatch(n -> ((Label) n).getText().equals("CAUTION"));
    Screenshots.save(dialog, "export-preview-v2-rename.png");
    PreviewFile changed =
        files.stream()
            .filter(f -> f.state() == PreviewFile.State.CHANGED && f.hasDiff())
            .filter(f -> f.kind() == PreviewFile.Kind.JAVA)
            .findFirst()
            .orElseThrow();
    Scene second = dialog;
    robot.interact(() -> table(second).getSelectionModel().select(changed));
    assertThat(robot.lookup(".diff-added").queryAll()).isNotEmpty();
    assertThat(robot.lookup(".diff-removed").queryAll()).isNotEmpty();
    Screenshots.save(dialog, "export-diff.png");
    robot.clickOn(".export-write");
    awaitPhaseText(robot, dialog, "Wrote ");
    assertThat(sqlFiles(migrations)).hasSize(2).anyMatch(n -> n.startsWith("V2__"));
    String v2 =
        Files.readString(
            migrations.resolve(
                sqlFiles(migrations).stream().filter(n -> n.startsWith("V2__")).findFirst().get()));
    assertThat(v2.toLowerCase()).contains("rename").contains("articles");
    assertThat(Files.readString(javaFile("Post.java"))).contains("\"articles\"");
    robot.clickOn(".export-close");
    WaitForAsyncUtils.waitForFxEvents();

    // Drop an entity: its DANGER statement must be confirmed before Write is enabled.
    Entity tag = entityNamed("Tag");
    robot.interact(() -> window.viewModel().canvas().selection().selectEntities(List.of(tag.id())));
    robot.interact(() -> window.canvasView().editor().deleteSelection());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.viewModel().document().model().schema().entity(tag.id())).isEmpty();
    robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    dialog = dialogScene(robot);
    awaitPreview(robot, dialog);
    assertThat(statements(dialog)).anyMatch(s -> s.risk() == Risk.DANGER);
    Button write = robot.lookup(".export-write").queryButton();
    assertThat(write.isDisabled()).isTrue();
    assertThat(robot.lookup(".export-danger").query().isVisible()).isTrue();
    Screenshots.save(dialog, "export-danger.png");
    robot.clickOn(".export-confirm-danger");
    assertThat(robot.lookup(".export-confirm-danger").queryAs(CheckBox.class).isSelected())
        .isTrue();
    assertThat(write.isDisabled()).isFalse();
    robot.clickOn(write);
    awaitPhaseText(robot, dialog, "Wrote ");
    assertThat(sqlFiles(migrations)).hasSize(3).anyMatch(n -> n.startsWith("V3__"));
    robot.clickOn(".export-close");
  }

  private Entity entityNamed(String name) {
    return window.viewModel().document().model().schema().entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private Path javaFile(String name) throws Exception {
    try (Stream<Path> s = Files.walk(project.resolve("src/main/java"))) {
      return s.filter(p -> p.getFileName().toString().equals(name))
          .filter(p -> !p.toString().contains("dto"))
          .findFirst()
          .orElseThrow(() -> new AssertionError(name + " was not written"));
    }
  }

  private static List<String> sqlFiles(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();
    }
  }

  private static Scene dialogScene(FxRobot robot) {
    Node root = robot.lookup(".export-dialog").query();
    assertThat(root).as("the export dialog is open").isNotNull();
    return root.getScene();
  }

  private static void awaitPreview(FxRobot robot, Scene dialog) throws Exception {
    WaitForAsyncUtils.waitFor(
        120, TimeUnit.SECONDS, () -> !table(dialog).getItems().isEmpty() || error(dialog) != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void awaitPhaseText(FxRobot robot, Scene dialog, String start) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> label(dialog, ".export-status").getText().startsWith(start) || error(dialog) != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(error(dialog)).isNull();
  }

  private static String error(Scene dialog) {
    Node box = dialog.getRoot().lookup(".export-error");
    return box.isVisible() ? label(dialog, ".export-error-text").getText() : null;
  }

  private static Label label(Scene dialog, String selector) {
    return (Label) dialog.getRoot().lookup(selector);
  }

  @SuppressWarnings("unchecked")
  private static TableView<PreviewFile> table(Scene dialog) {
    return (TableView<PreviewFile>) dialog.getRoot().lookup(".export-files");
  }

  private static List<PreviewFile> previewFiles(Scene dialog) {
    return List.copyOf(table(dialog).getItems());
  }

  @SuppressWarnings("unchecked")
  private static List<MigrationStatement> statements(Scene dialog) {
    return List.copyOf(
        ((ListView<MigrationStatement>) dialog.getRoot().lookup(".export-statements")).getItems());
  }

  private Point2D cardPoint(String entityId, double fx, double fy) {
    CanvasViewModel canvas = window.viewModel().canvas();
    Rectangle2D card = canvas.geometry().card(entityId).orElseThrow();
    Point2D local =
        canvas.toScreen(
            card.getMinX() + card.getWidth() * fx, card.getMinY() + card.getHeight() * fy);
    return window.canvasView().localToScreen(local);
  }
}
