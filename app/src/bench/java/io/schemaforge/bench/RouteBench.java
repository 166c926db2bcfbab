package io.schemaforge.bench;

import io.schemaforge.app.ui.canvas.DiagramGeometry;
import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import javafx.geometry.Rectangle2D;

/** Routing cost alone (no drawing): all lines of a 5,000-entity model, and a 300-move drag. */
public final class RouteBench {
  private RouteBench() {}

  public static void main(String[] args) {
    Model m = SyntheticModels.generate(5000, 42);
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    int lines = m.schema().relationships().size();
    long[] all = new long[5];
    int bent = 0;
    for (int round = 0; round < all.length; round++) {
      long c0 = t.getCurrentThreadCpuTime();
      DiagramGeometry g = DiagramGeometry.of(m);
      bent = 0;
      for (Relationship r : m.schema().relationships()) {
        var route = g.route(r);
        if (route.isPresent() && route.get().points().size() > 4) {
          bent++;
        }
      }
      all[round] = t.getCurrentThreadCpuTime() - c0;
    }
    Arrays.sort(all);
    System.out.printf("BENCH route.all_lines.%d %.1f ms (cpu, median of 5; %d lines, %d with 5+ segments)%n",
        5000, all[2] / 1e6, lines, bent);
    // A drag: one card near the middle moves in a circle; each move builds the next geometry and
    // routes the lines near a 1280 x 800 view at 100 % (what a frame draws).
    DiagramGeometry g = DiagramGeometry.of(m);
    Rectangle2D content = g.contentBounds();
    double cx = content.getMinX() + content.getWidth() / 2;
    double cy = content.getMinY() + content.getHeight() / 2;
    Rectangle2D view = new Rectangle2D(cx - 640, cy - 400, 1280, 800);
    String id = g.entitiesIn(view).get(0);
    Rectangle2D start = g.card(id).orElseThrow();
    for (Relationship r : g.relationshipsNear(view)) {
      g.route(r);
    }
    for (int warm = 0; warm < 2; warm++) {
      long[] moves = new long[300];
      for (int i = 0; i < moves.length; i++) {
        double a = i * 2 * Math.PI / 60;
        double rad = 40 + i % 60 * 2;
        long c0 = t.getCurrentThreadCpuTime();
        new MoveEntitiesCommand(
                Map.of(id, new double[] {Math.round(start.getMinX() + rad * Math.cos(a)), Math.round(start.getMinY() + rad * Math.sin(a))}))
            .execute(m);
        g = DiagramGeometry.afterLayoutChange(g, m);
        for (Relationship r : g.relationshipsNear(view)) {
          g.route(r);
        }
        moves[i] = t.getCurrentThreadCpuTime() - c0;
      }
      Arrays.sort(moves);
      if (warm == 1) {
        System.out.printf("BENCH route.drag_move.p50 %.3f ms (cpu per move: next geometry + routes near the view)%n", moves[150] / 1e6);
        System.out.printf("BENCH route.drag_move.p95 %.3f ms%n", moves[284] / 1e6);
      }
    }
  }
}
