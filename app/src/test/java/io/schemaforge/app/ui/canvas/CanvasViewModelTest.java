package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.DeleteEntityCommand;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.RuleRegistry;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanvasViewModelTest {
  private DocumentViewModel document;
  private CanvasViewModel canvas;

  @BeforeEach
  void openBlog() throws Exception {
    document = new DocumentViewModel(Runnable::run, RuleRegistry.builtIn());
    document.open(ProjectFiles.load(Examples.path("blog")), Examples.path("blog"));
    canvas = new CanvasViewModel(document);
  }

  @Test
  void firstViewportSizeFitsAllContentCentredAndNotEnlarged() {
    canvas.setViewportSize(1200, 700);

    Rectangle2D content = canvas.geometry().contentBounds();
    assertThat(canvas.zoomProperty().get()).isLessThanOrEqualTo(1.0);
    Rectangle2D visible = canvas.visibleArea();
    assertThat(visible.contains(content)).isTrue();
    assertThat(visible.getMinX() + visible.getWidth() / 2)
        .isCloseTo(content.getMinX() + content.getWidth() / 2, within(0.001));
  }

  @Test
  void fitZoomsOutWhenTheContentIsLargerThanTheViewport() {
    canvas.setViewportSize(400, 300);

    assertThat(canvas.zoomProperty().get()).isLessThan(0.5);
    assertThat(canvas.visibleArea().contains(canvas.geometry().contentBounds())).isTrue();
  }

  @Test
  void zoomingAroundAPointKeepsTheModelPointUnderIt() {
    canvas.setViewportSize(1000, 600);
    Point2D before = canvas.toModel(300, 200);

    canvas.zoomAt(1.5, 300, 200);

    Point2D after = canvas.toModel(300, 200);
    assertThat(after.getX()).isCloseTo(before.getX(), within(1e-9));
    assertThat(after.getY()).isCloseTo(before.getY(), within(1e-9));
  }

  @Test
  void zoomIsClampedToItsRange() {
    canvas.setViewportSize(1000, 600);

    canvas.zoomAt(1000, 0, 0);
    assertThat(canvas.zoomProperty().get()).isEqualTo(CanvasViewModel.MAX_ZOOM);
    canvas.zoomAt(1e-6, 0, 0);
    assertThat(canvas.zoomProperty().get()).isEqualTo(CanvasViewModel.MIN_ZOOM);
  }

  @Test
  void zoomInAndOutAreInverseStepsAroundTheCentre() {
    canvas.setViewportSize(1000, 600);
    double zoom = canvas.zoomProperty().get();
    Point2D centre = canvas.toModel(500, 300);

    canvas.zoomIn();
    assertThat(canvas.zoomProperty().get()).isCloseTo(zoom * 1.25, within(1e-9));
    canvas.zoomOut();

    assertThat(canvas.zoomProperty().get()).isCloseTo(zoom, within(1e-9));
    assertThat(canvas.toModel(500, 300).getX()).isCloseTo(centre.getX(), within(1e-9));
  }

  @Test
  void panningMovesTheViewByScreenPixels() {
    canvas.setViewportSize(1000, 600);
    Point2D before = canvas.toModel(100, 100);

    canvas.panBy(50, -20);

    double z = canvas.zoomProperty().get();
    assertThat(canvas.toModel(100, 100).getX()).isCloseTo(before.getX() - 50 / z, within(1e-9));
    assertThat(canvas.toModel(100, 100).getY()).isCloseTo(before.getY() + 20 / z, within(1e-9));
  }

  @Test
  void levelOfDetailDropsRowsBelowFortyPercent() {
    canvas.setViewportSize(1000, 600);
    canvas.zoomAt(0.39 / canvas.zoomProperty().get(), 0, 0);
    assertThat(canvas.showsDetails()).isFalse();
    canvas.zoomAt(0.41 / canvas.zoomProperty().get(), 0, 0);
    assertThat(canvas.showsDetails()).isTrue();
  }

  @Test
  void revealSelectsTheEntityAndCentresItsCard() {
    canvas.setViewportSize(1000, 600);
    canvas.zoomAt(0.2 / canvas.zoomProperty().get(), 0, 0);
    canvas.panBy(-5000, -5000);

    canvas.reveal("ent_comment");

    assertThat(canvas.selectedEntityIdProperty().get()).isEqualTo("ent_comment");
    assertThat(canvas.zoomProperty().get()).isGreaterThanOrEqualTo(CanvasViewModel.REVEAL_MIN_ZOOM);
    Rectangle2D card = canvas.geometry().card("ent_comment").orElseThrow();
    Point2D centre =
        canvas.toScreen(
            card.getMinX() + card.getWidth() / 2, card.getMinY() + card.getHeight() / 2);
    assertThat(centre.getX()).isCloseTo(500, within(1e-6));
    assertThat(centre.getY()).isCloseTo(300, within(1e-6));
    assertThat(canvas.visibleEntityIds()).contains("ent_comment");
  }

  @Test
  void clickingEmptySpaceClearsTheSelectionAndACardSelectsIt() {
    canvas.setViewportSize(1000, 600);
    Rectangle2D post = canvas.geometry().card("ent_post").orElseThrow();
    Point2D inside = canvas.toScreen(post.getMinX() + 10, post.getMinY() + 10);

    assertThat(canvas.selectAt(inside.getX(), inside.getY())).contains("ent_post");
    assertThat(canvas.selectedEntityIdProperty().get()).isEqualTo("ent_post");
    Point2D outside = canvas.toScreen(-500, -500);
    assertThat(canvas.selectAt(outside.getX(), outside.getY())).isEmpty();
    assertThat(canvas.selectedEntityIdProperty().get()).isNull();
  }

  @Test
  void deletingTheSelectedEntityClearsTheSelection() {
    canvas.setViewportSize(1000, 600);
    canvas.select("ent_tag");

    document.execute(new DeleteEntityCommand("ent_tag"));

    assertThat(canvas.selectedEntityIdProperty().get()).isNull();
    assertThat(canvas.geometry().card("ent_tag")).isEmpty();
  }

  @Test
  void onlyCardsAndLinesIntersectingTheViewportAreVisible() {
    canvas.setViewportSize(1000, 600);
    // Show only the model area around the User card (x 40..280).
    canvas.zoomAt(1 / canvas.zoomProperty().get(), 0, 0);
    canvas.panBy(-canvas.panXProperty().get(), -canvas.panYProperty().get());
    canvas.setViewportSize(300, 300);

    assertThat(canvas.visibleEntityIds()).containsExactly("ent_user");
    // The lines ending on the card, and those whose detour could pass by (their cards' reach
    // crosses the view); the renderer drops the ones whose route then misses it.
    Rectangle2D view = canvas.visibleArea();
    assertThat(canvas.visibleRelationships())
        .extracting(r -> r.id())
        .contains("rel_post_author", "rel_comment_author");
    assertThat(canvas.visibleRelationships())
        .allSatisfy(
            r ->
                assertThat(
                        DetourRouter.reach(
                                canvas.geometry().card(r.sourceEntityId()).orElseThrow(),
                                canvas.geometry().card(r.targetEntityId()).orElseThrow())
                            .intersects(view))
                    .isTrue());
  }

  @Test
  void cullingScalesToThousandsOfEntities() {
    CommandStack stack = new CommandStack(DocumentViewModel.emptyModel());
    for (int i = 0; i < 5000; i++) {
      stack.execute(AddEntityCommand.withIdKey("E" + i, (i % 100) * 300.0, (i / 100) * 200.0));
    }
    Model big = stack.model();
    document.open(big, null);
    canvas.setViewportSize(1200, 800);
    canvas.zoomAt(1 / canvas.zoomProperty().get(), 0, 0);
    canvas.panBy(-canvas.panXProperty().get(), -canvas.panYProperty().get());

    long start = System.nanoTime();
    List<String> visible = canvas.visibleEntityIds();
    long micros = (System.nanoTime() - start) / 1000;

    assertThat(visible).hasSizeBetween(4, 40);
    for (String id : visible) {
      assertThat(canvas.geometry().card(id).orElseThrow().intersects(canvas.visibleArea()))
          .isTrue();
    }
    // Generous: a frame has 16 ms, and culling must be a small part of it.
    assertThat(micros).isLessThan(50_000);
  }

  @Test
  void openingAnotherModelClearsTheSelectionAndFitsAgain() throws Exception {
    canvas.setViewportSize(1000, 600);
    canvas.select("ent_user");
    canvas.zoomAt(3, 0, 0);

    document.open(ProjectFiles.load(Examples.path("shop")), Examples.path("shop"));

    assertThat(canvas.selectedEntityIdProperty().get()).isNull();
    assertThat(canvas.visibleArea().contains(canvas.geometry().contentBounds())).isTrue();
  }
}
