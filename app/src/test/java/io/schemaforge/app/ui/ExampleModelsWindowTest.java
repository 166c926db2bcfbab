package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.command.SetEntityColorCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every example model opens and draws completely; a damaged file opens an empty window. */
@ExtendWith(ApplicationExtension.class)
class ExampleModelsWindowTest {
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    TestSettings.clear();
    Path broken = Files.createTempFile("broken", ".schemaforge.json");
    Files.writeString(broken, "{ \"formatVersion\" : 1, \"schema\" : { \"entities\" : [ }");
    broken.toFile().deleteOnExit();
    window = SchemaforgeApp.show(stage, broken);
  }

  @Test
  void aDamagedFileShowsAMessageInTheWindowAndAnEmptyModel(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();

    Node banner = robot.lookup(".message-banner").query();
    assertThat(banner.isVisible()).isTrue();
    String message = robot.lookup(".message-text").queryAs(Label.class).getText();
    assertThat(message).startsWith("Could not open the model.").doesNotContain("Exception");
    assertThat(window.viewModel().document().entityCountProperty().get()).isZero();
    assertThat(window.stage().getTitle()).isEqualTo("Untitled — Schemaforge");
    Screenshots.save(window.scene(), "load-error.png");

    robot.clickOn(".message-dismiss");
    assertThat(banner.isVisible()).isFalse();
  }

  @Test
  void eachExampleDrawsAllItsCardsAndLines(FxRobot robot) {
    for (String name : new String[] {"blog", "shop", "org-chart"}) {
      robot.interact(() -> window.viewModel().open(Examples.path(name)));
      WaitForAsyncUtils.waitForFxEvents();

      var schema = window.viewModel().document().model().schema();
      CanvasView canvas = window.canvasView();
      assertThat(canvas.lastFrame().cards()).as(name).isEqualTo(schema.entities().size());
      assertThat(canvas.lastFrame().relationships())
          .as(name)
          .isEqualTo(schema.relationships().size());
      Screenshots.save(window.scene(), "example-" + name + ".png");
    }
  }

  @Test
  void cardsUseTheirLayoutColourWithReadableText(FxRobot robot) {
    robot.interact(
        () -> {
          window.viewModel().open(Examples.path("shop"));
          var doc = window.viewModel().document();
          doc.execute(new SetEntityColorCommand("ent_product", "#fde68a"));
          doc.execute(new SetEntityColorCommand("ent_customer", "#1e3a8a"));
        });
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.canvasView().lastFrame().cards()).isEqualTo(4);
    Screenshots.save(window.scene(), "coloured-cards.png");
  }
}
