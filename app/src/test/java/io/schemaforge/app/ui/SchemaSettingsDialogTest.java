package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Dialect;
import io.schemaforge.model.Schema;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Model ▸ Schema Settings… edits the schema-wide settings as one undoable step. */
@ExtendWith(ApplicationExtension.class)
class SchemaSettingsDialogTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, Examples.path("shop"));
  }

  private Schema schema() {
    return window.viewModel().document().model().schema();
  }

  private DialogPane openByShortcut(FxRobot robot) throws Exception {
    robot.clickOn(window.canvasView());
    robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".schema-settings-dialog").tryQuery().isPresent());
    return robot.lookup(".schema-settings-dialog").queryAs(DialogPane.class);
  }

  @Test
  void theShortcutOpensTheDialogAndOkChangesTheSchemaAsOneUndoStep(FxRobot robot) throws Exception {
    assertThat(schema().basePackage()).isEqualTo("com.example.shop");
    assertThat(schema().dialect()).isEqualTo(Dialect.POSTGRES);
    DialogPane pane = openByShortcut(robot);

    robot.clickOn(".schema-settings-package");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("com.acme.1shop");
    WaitForAsyncUtils.waitForFxEvents();
    Node ok = robot.lookup(".schema-settings-ok").query();
    Label problem = robot.lookup(".schema-settings-problem").queryAs(Label.class);
    assertThat(ok.isDisabled()).isTrue();
    assertThat(problem.isVisible()).isTrue();
    assertThat(problem.getText()).contains("1shop").contains("not a Java identifier");
    Screenshots.save(pane.getScene(), "schema-settings-invalid-package.png");

    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("com.acme.shop");
    robot.clickOn(".schema-settings-dialect");
    robot.clickOn("MariaDB");
    robot.clickOn(".schema-settings-repositories");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ok.isDisabled()).isFalse();
    assertThat(problem.isVisible()).isFalse();
    Screenshots.save(pane.getScene(), "schema-settings-valid.png");
    long revision = window.viewModel().document().revisionProperty().get();
    Window dialog = pane.getScene().getWindow();
    robot.clickOn(ok);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());

    assertThat(schema().basePackage()).isEqualTo("com.acme.shop");
    assertThat(schema().dialect()).isEqualTo(Dialect.MARIADB);
    assertThat(schema().generateRepositories()).isTrue();
    assertThat(window.viewModel().document().revisionProperty().get()).isEqualTo(revision + 1);

    robot.clickOn(window.canvasView());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(schema().basePackage()).isEqualTo("com.example.shop");
    assertThat(schema().dialect()).isEqualTo(Dialect.POSTGRES);
    assertThat(schema().generateRepositories()).isFalse();
  }

  @Test
  void cancelChangesNothing(FxRobot robot) throws Exception {
    DialogPane pane = openByShortcut(robot);
    long revision = window.viewModel().document().revisionProperty().get();

    robot.clickOn(".schema-settings-package");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("org.other");
    Window dialog = pane.getScene().getWindow();
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());

    assertThat(schema().basePackage()).isEqualTo("com.example.shop");
    assertThat(window.viewModel().document().revisionProperty().get()).isEqualTo(revision);
  }

  @Test
  void theMenuShowsTheItemWithItsShortcut(FxRobot robot) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    MenuItem item =
        bar.getMenus().stream()
            .filter(m -> m.getText().equals("_Model"))
            .map(Menu::getItems)
            .flatMap(java.util.List::stream)
            .filter(i -> i.getText().startsWith("_Schema Settings"))
            .findFirst()
            .orElseThrow();

    assertThat(item.getAccelerator())
        .isEqualTo(
            new KeyCodeCombination(
                KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
  }
}
