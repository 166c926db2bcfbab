package io.schemaforge.app.ui.layout;

import io.schemaforge.app.ui.MainWindowViewModel;
import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.canvas.CanvasViewModel;
import io.schemaforge.app.ui.canvas.ProgressOverlay;
import io.schemaforge.codegen.layout.LayeredLayout;
import io.schemaforge.codegen.layout.LayoutGraph;
import io.schemaforge.codegen.layout.LayoutProgress;
import io.schemaforge.command.Command;
import io.schemaforge.command.CompositeCommand;
import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;

/**
 * Auto-layout (Ctrl+L): arranges the selected entities, or the whole model when fewer than two are
 * selected, with ELK's layered algorithm on a background thread, then moves the cards as one
 * undoable command. The graph is read on the FX thread, so the layout never touches the live model.
 * While it runs, a panel over the canvas shows the time and ELK's phase, with Cancel (or Esc): a
 * cancelled layout moves nothing.
 */
public final class AutoLayoutAction {
  private final MainWindowViewModel window;
  private final CanvasView canvasView;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private Task<Map<String, LayoutGraph.Position>> current;
  private ProgressOverlay progress;

  public AutoLayoutAction(MainWindowViewModel window, CanvasView canvasView) {
    this.window = window;
    this.canvasView = canvasView;
  }

  /** Starts a layout unless one is running. */
  public void run() {
    if (running.get()) {
      return;
    }
    CanvasViewModel canvas = window.canvas();
    Model model = window.document().model();
    Set<String> selected = canvas.selection().entities();
    Set<String> subset = selected.size() >= 2 ? selected : null;
    LayoutGraph graph = graphOf(canvas, model, subset);
    if (graph.boxes().isEmpty()) {
      return;
    }
    Model layoutOf = model;
    ProgressOverlay panel =
        ProgressOverlay.show(
            canvasView, "Arranging " + graph.boxes().size() + " entities…", this::cancel);
    Task<Map<String, LayoutGraph.Position>> task =
        new Task<>() {
          @Override
          protected Map<String, LayoutGraph.Position> call() {
            Task<?> self = this;
            return LayeredLayout.arrange(
                graph,
                new LayoutProgress() {
                  @Override
                  public boolean isCancelled() {
                    return self.isCancelled();
                  }

                  @Override
                  public void phase(String name) {
                    panel.step(name);
                  }
                });
          }
        };
    task.setOnSucceeded(
        e -> {
          finish();
          // Another file may have been opened meanwhile: then the result is for nothing.
          if (window.document().model() == layoutOf) {
            apply(task.getValue(), subset == null);
          }
          window.showActivity("Arranged " + graph.boxes().size() + " entities");
        });
    task.setOnFailed(
        e -> {
          finish();
          window.showMessage("Auto layout failed: " + task.getException().getMessage());
        });
    task.setOnCancelled(
        e -> {
          finish();
          window.showActivity("Auto layout cancelled; nothing was moved");
        });
    current = task;
    progress = panel;
    running.set(true);
    window.showActivity("Arranging " + graph.boxes().size() + " entities…");
    Thread worker = new Thread(task, "auto-layout");
    worker.setDaemon(true);
    worker.start();
  }

  /**
   * Stops a running layout: nothing is moved. ELK notices between two of its phases; the UI is free
   * at once.
   */
  public void cancel() {
    if (current != null) {
      current.cancel();
    }
  }

  private void finish() {
    running.set(false);
    current = null;
    if (progress != null) {
      progress.close();
      progress = null;
    }
  }

  static LayoutGraph graphOf(CanvasViewModel canvas, Model model, Set<String> subset) {
    Map<String, LayoutGraph.Size> sizes = new HashMap<>();
    Rectangle2D area = null;
    for (var e : model.schema().entities()) {
      var card = canvas.geometry().card(e.id());
      if (card.isPresent() && (subset == null || subset.contains(e.id()))) {
        Rectangle2D r = card.get();
        sizes.put(e.id(), new LayoutGraph.Size(r.getWidth(), r.getHeight()));
        area = area == null ? r : union(area, r);
      }
    }
    // A selection stays where it was; the whole model starts at the top-left of its content.
    LayoutGraph.Position origin =
        area == null
            ? new LayoutGraph.Position(40, 40)
            : new LayoutGraph.Position(Math.round(area.getMinX()), Math.round(area.getMinY()));
    return LayoutGraph.of(
        model,
        sizes,
        new LayoutGraph.Size(Layout.DEFAULT_WIDTH, Layout.DEFAULT_HEIGHT),
        subset,
        origin);
  }

  private void apply(Map<String, LayoutGraph.Position> positions, boolean whole) {
    Map<String, double[]> moves = new HashMap<>();
    positions.forEach(
        (id, p) -> {
          if (window.document().model().schema().entity(id).isPresent()) {
            moves.put(id, new double[] {p.x(), p.y()});
          }
        });
    if (moves.isEmpty()) {
      return;
    }
    List<Command> parts = new ArrayList<>();
    parts.add(new MoveEntitiesCommand(moves));
    parts.addAll(LayoutDecorations.follow(window.document().model(), moves, whole));
    window.document().stack().seal();
    window
        .document()
        .execute(
            new CompositeCommand(
                whole ? "Auto layout" : "Auto layout of " + moves.size() + " entities", parts));
    window.document().stack().seal();
    if (whole) {
      window.canvas().fitToContent();
    }
    canvasView.requestFocus();
  }

  private static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
    double minX = Math.min(a.getMinX(), b.getMinX());
    double minY = Math.min(a.getMinY(), b.getMinY());
    return new Rectangle2D(
        minX,
        minY,
        Math.max(a.getMaxX(), b.getMaxX()) - minX,
        Math.max(a.getMaxY(), b.getMaxY()) - minY);
  }

  /** Whether a layout is being computed (the action is disabled meanwhile). */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }
}
