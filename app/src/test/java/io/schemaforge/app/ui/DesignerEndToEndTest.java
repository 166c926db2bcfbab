package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.app.ui.problems.ProblemRow;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.rules.ReservedWordRule;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Designing from scratch through real input (robot drags, clicks and typing on the headless Monocle
 * screen): three entities from the palette, attributes typed in the short form, a 1:N relationship
 * drawn from a connect handle, a reserved table name and its quick fix, undo to the empty model and
 * redo to the end, then save and reopen.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerEndToEndTest {
  private MainWindow window;
  @TempDir Path temp;

  @Start
  void start(Stage stage) throws Exception {
    TestSettings.clear();
    window = SchemaforgeApp.show(stage, null);
  }

  @Test
  void designFromScratchWithMouseAndKeyboardThenUndoRedoSaveAndReopen(FxRobot robot)
      throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    DocumentViewModel doc = window.viewModel().document();
    assertThat(doc.model().schema().entities()).isEmpty();
    Screenshots.save(window.scene(), "designer-empty.png");

    // Three entities dragged from the palette, each named in place.
    String customer = dragEntityFromPalette(robot, 0.12, 0.15, "Customer");
    String invoice = dragEntityFromPalette(robot, 0.62, 0.15, "Invoice");
    String account = dragEntityFromPalette(robot, 0.12, 0.62, "Account");
    assertThat(doc.model().schema().entities())
        .extracting(Entity::name)
        .containsExactly("Customer", "Invoice", "Account");
    assertThat(entity(customer).tableName()).isEqualTo("customers");
    Screenshots.save(window.scene(), "designer-three-entities.png");

    // Attributes typed in the short form; Enter adds one and keeps the field for the next.
    robot.clickOn(cardPoint(customer, 0.5, 0.8));
    robot.clickOn(".attribute-short-form");
    robot.write("email string(200)!").type(KeyCode.ENTER);
    robot.write("displayName string(100)").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(entity(customer).attributes())
        .extracting(Attribute::name)
        .containsExactly("id", "email", "displayName");
    Attribute email = entity(customer).attributeByName("email").orElseThrow();
    assertThat(email.type()).isEqualTo(LogicalType.STRING);
    assertThat(email.length()).isEqualTo(200);
    assertThat(email.nullable()).isFalse();
    Screenshots.save(window.scene(), "designer-attributes-typed.png");

    // Connect Customer to Invoice from Customer's handle, as one to many.
    robot.moveTo(cardPoint(customer, 0.5, 0.5));
    Point2D handle = handleOnScreen(customer);
    robot.drag(handle, MouseButton.PRIMARY).moveTo(cardPoint(invoice, 0.5, 0.6));
    Screenshots.save(window.scene(), "designer-connecting.png");
    robot.release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("One to many (1:N)");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(doc.model().schema().relationships()).hasSize(1);
    Relationship r = doc.model().schema().relationships().get(0);
    assertThat(r.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
    assertThat(r.sourceEntityId()).isEqualTo(customer);
    assertThat(r.targetEntityId()).isEqualTo(invoice);
    Attribute fk = entity(invoice).attribute(r.foreignKeyAttributeIds().get(0)).orElseThrow();
    assertThat(fk.name()).isEqualTo("customerId");
    assertThat(fk.columnName()).isEqualTo("customer_id");
    assertThat(window.viewModel().inspector().titleProperty().get())
        .isEqualTo("Customer → Invoice");
    Screenshots.save(window.scene(), "designer-connected.png");

    // A reserved table name: the error appears; its quick fix makes it go away.
    robot.clickOn(cardPoint(account, 0.5, 0.8));
    robot.clickOn(".entity-table-field");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("user").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(entity(account).tableName()).isEqualTo("user");
    assertThat(reservedWordProblems(robot)).hasSize(1);
    Screenshots.save(window.scene(), "designer-reserved-word.png");
    Button fix = robot.lookup(".quick-fix-button").queryButton();
    assertThat(fix.getText()).isEqualTo("Rename table to users");
    robot.clickOn(fix);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(entity(account).tableName()).isEqualTo("users");
    assertThat(reservedWordProblems(robot)).isEmpty();
    Screenshots.save(window.scene(), "designer-fixed.png");
    String designed = json(doc);

    // Undo everything with Ctrl+Z on the canvas, then redo it all with Ctrl+Shift+Z.
    robot.clickOn(emptyCanvasPoint());
    int undos = 0;
    while (doc.canUndoProperty().get() && undos < 60) {
      robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
      undos++;
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(doc.model().schema().entities()).isEmpty();
    assertThat(doc.model().schema().relationships()).isEmpty();
    Screenshots.save(window.scene(), "designer-undone.png");
    int redos = 0;
    while (doc.canRedoProperty().get() && redos < 60) {
      robot
          .press(KeyCode.CONTROL, KeyCode.SHIFT)
          .type(KeyCode.Z)
          .release(KeyCode.SHIFT, KeyCode.CONTROL);
      redos++;
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(redos).isEqualTo(undos);
    assertThat(json(doc)).isEqualTo(designed);

    // Save, reopen and compare.
    Path file = temp.resolve("designed" + ProjectFiles.EXTENSION);
    // Written in the background; the result arrives on the FX thread.
    CompletableFuture<Boolean> saved =
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().saveAs(file)).get(10, TimeUnit.SECONDS);
    assertThat(saved.get(30, TimeUnit.SECONDS)).isTrue();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(doc.dirtyProperty().get()).isFalse();
    assertThat(window.stage().getTitle()).startsWith("designed");
    robot.interact(() -> window.viewModel().newModel());
    assertThat(doc.model().schema().entities()).isEmpty();
    robot.interact(() -> assertThat(window.viewModel().open(file)).isTrue());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(json(doc)).isEqualTo(designed);
    assertThat(window.viewModel().recentFiles().files())
        .startsWith(file.toAbsolutePath().normalize());
    Screenshots.save(window.scene(), "designer-reopened.png");
  }

  private Entity entity(String id) {
    return window.viewModel().document().model().schema().requireEntity(id);
  }

  private static String json(DocumentViewModel doc) {
    return ProjectFileWriter.toJson(doc.model());
  }

  /** Drags the palette's Entity to a point of the canvas (fractions of its size) and names it. */
  private String dragEntityFromPalette(FxRobot robot, double fx, double fy, String name) {
    CanvasView view = window.canvasView();
    Bounds b = view.localToScreen(view.getLayoutBounds());
    Point2D target =
        new Point2D(b.getMinX() + b.getWidth() * fx + 110, b.getMinY() + b.getHeight() * fy + 40);
    robot.drag(".palette-entity", MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.inlineEditorField().isVisible()).isTrue();
    assertThat(view.inlineEditorField().isFocused()).isTrue();
    robot.write(name).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    return window.viewModel().document().model().schema().entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private Point2D cardPoint(String entityId, double fx, double fy) {
    CanvasViewModel canvas = window.viewModel().canvas();
    Rectangle2D card = canvas.geometry().card(entityId).orElseThrow();
    Point2D local =
        canvas.toScreen(
            card.getMinX() + card.getWidth() * fx, card.getMinY() + card.getHeight() * fy);
    return window.canvasView().localToScreen(local);
  }

  private Point2D handleOnScreen(String entityId) {
    CanvasViewModel canvas = window.viewModel().canvas();
    Point2D h = CanvasViewModel.connectHandle(canvas.geometry().card(entityId).orElseThrow());
    return window.canvasView().localToScreen(canvas.toScreen(h.getX(), h.getY()));
  }

  private Point2D emptyCanvasPoint() {
    CanvasView view = window.canvasView();
    CanvasViewModel canvas = window.viewModel().canvas();
    for (double y = view.getHeight() - 15; y > 15; y -= 20) {
      for (double x = 15; x < view.getWidth() - 15; x += 20) {
        if (canvas.hitAt(x, y).kind() == io.schemaforge.app.ui.canvas.DiagramHit.Kind.NONE) {
          return view.localToScreen(x, y);
        }
      }
    }
    throw new AssertionError("no empty spot on the canvas");
  }

  @SuppressWarnings("unchecked")
  private static List<ProblemRow.Problem> reservedWordProblems(FxRobot robot) {
    ListView<ProblemRow> list = robot.lookup(".problems-list").queryAs(ListView.class);
    return list.getItems().stream()
        .filter(ProblemRow.Problem.class::isInstance)
        .map(ProblemRow.Problem.class::cast)
        .filter(p -> p.diagnostic().ruleId().equals(ReservedWordRule.ID))
        .toList();
  }
}
