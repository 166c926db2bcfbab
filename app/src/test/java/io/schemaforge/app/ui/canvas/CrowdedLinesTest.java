package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Entity;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.validation.RuleRegistry;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Zoomed out over more plain lines than {@link DiagramRenderer#MAX_PLAIN_LINES_AS_BOXES}, the
 * canvas draws cards without lines. The decision counts only until it is known, and must agree with
 * a full count.
 */
class CrowdedLinesTest {
  private static final int SIDE = 40;

  private CanvasViewModel canvas;

  /** A 40 × 40 grid of entities, each related to its right-hand neighbour: 1,560 lines. */
  @BeforeEach
  void openGrid() {
    CommandStack stack = new CommandStack(DocumentViewModel.emptyModel());
    for (int i = 0; i < SIDE * SIDE; i++) {
      stack.execute(AddEntityCommand.withIdKey("E" + i, (i % SIDE) * 300.0, (i / SIDE) * 200.0));
    }
    List<Entity> entities = List.copyOf(stack.model().schema().entities());
    for (int i = 0; i < entities.size(); i++) {
      if (i % SIDE != SIDE - 1) {
        stack.execute(
            AddRelationshipCommand.between(
                stack.model(),
                RelationshipKind.ONE_TO_MANY,
                entities.get(i).id(),
                entities.get(i + 1).id()));
      }
    }
    DocumentViewModel document = new DocumentViewModel(Runnable::run, RuleRegistry.builtIn());
    document.open(stack.model(), null);
    canvas = new CanvasViewModel(document);
    canvas.setViewportSize(1200, 800);
    canvas.fitToContent();
  }

  private boolean fullCountShowsLines(Rectangle2D area) {
    DiagramRenderer.LineCount c =
        DiagramRenderer.count(
            canvas.geometry(),
            canvas.selection().entities(),
            canvas.selection().relationshipProperty().get(),
            area);
    return DiagramRenderer.showsPlainLines(canvas.zoomProperty().get(), c.plainLines());
  }

  @Test
  void zoomedOutOverTooManyLinesNoneIsDrawnAsAFullCountSays() {
    Rectangle2D area = canvas.visibleArea();
    assertThat(canvas.zoomProperty().get()).isLessThan(EntityCardRenderer.BOX_ZOOM);
    assertThat(
            DiagramRenderer.count(canvas.geometry(), java.util.Set.of(), null, area).plainLines())
        .isGreaterThan(DiagramRenderer.MAX_PLAIN_LINES_AS_BOXES);

    assertThat(DiagramRenderer.showsPlainLines(canvas, canvas.zoomProperty().get(), area))
        .isFalse()
        .isEqualTo(fullCountShowsLines(area));
  }

  @Test
  void selectingEnoughCardsBringsThePlainLinesUnderTheLimitAndTheAnswerFollows() {
    // The top fifth of the grid: their lines are highlighted, not plain.
    Rectangle2D area = canvas.visibleArea();
    canvas.selectIn(new Rectangle2D(-10, -10, SIDE * 300.0, (SIDE / 5) * 200.0 - 20), false);
    assertThat(canvas.selection().entities()).hasSize(SIDE * SIDE / 5);

    assertThat(DiagramRenderer.showsPlainLines(canvas, canvas.zoomProperty().get(), area))
        .isTrue()
        .isEqualTo(fullCountShowsLines(area));
  }

  @Test
  void closeEnoughToSeeCardsLinesAreAlwaysDrawn() {
    canvas.zoomAt(EntityCardRenderer.BOX_ZOOM / canvas.zoomProperty().get(), 0, 0);
    assertThat(
            DiagramRenderer.showsPlainLines(
                canvas, canvas.zoomProperty().get(), canvas.visibleArea()))
        .isTrue();
  }
}
