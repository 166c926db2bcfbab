package io.schemaforge.bench;

import io.schemaforge.codegen.layout.LayeredLayout;
import io.schemaforge.codegen.layout.LayoutGraph;
import io.schemaforge.codegen.layout.LayoutProgress;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Auto-layout figures: {@link LayeredLayout} (ELK layered) on the synthetic models, without the
 * app, so the figure is ELK's and ours alone. Cards get the size the canvas gives them (header plus
 * one row per attribute). Prints {@code BENCH layout.elk.<n> <seconds> s} (median of the runs),
 * the CPU time of the layout thread beside it (what the layout costs without waiting for a core on
 * a loaded machine), and, as comments, the time spent in each phase ELK reported. Run: {@code mvn
 * -B -Pbench -pl model-core,codegen verify -DskipTests} (sizes: {@code -Dlayout.bench.sizes=1000},
 * runs: {@code -Dlayout.bench.runs=3}).
 */
public final class LayoutBench {
  // The canvas's card metrics (app module), copied: codegen cannot see them.
  private static final double HEADER = 44;
  private static final double ROW = 22;
  private static final double PADDING = 8;
  private static final double WIDTH = 240;

  private LayoutBench() {}

  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    int runs = Integer.getInteger("layout.bench.runs", 3);
    // Warm-up: ELK's classes and the JIT, on a smaller model, outside the figures.
    for (int i = 0; i < 3; i++) {
      LayeredLayout.arrange(graphOf(SyntheticModels.generate(200, 7)));
    }
    for (String s : System.getProperty("layout.bench.sizes", "1000").split(",")) {
      int n = Integer.parseInt(s.trim());
      LayoutGraph graph = graphOf(SyntheticModels.generate(n, 42));
      double[] wall = new double[runs];
      double[] cpu = new double[runs];
      PhaseTimes phases = null;
      for (int r = 0; r < runs; r++) {
        PhaseTimes p = new PhaseTimes();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Map<String, LayoutGraph.Position> result = LayeredLayout.arrange(graph, p);
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        p.end(t1);
        if (result.size() != graph.boxes().size()) {
          throw new IllegalStateException("layout placed " + result.size() + " of " + n);
        }
        wall[r] = (t1 - t0) / 1e9;
        cpu[r] = (c1 - c0) / 1e9;
        phases = phases == null || wall[r] < phases.total() / 1e9 ? p : phases;
      }
      report(lines, "layout.elk." + n, median(wall), "s");
      report(lines, "layout.elk." + n + ".cpu", median(cpu), "s");
      System.out.printf(
          Locale.ROOT,
          "# layout.elk.%d: %d boxes, %d links, runs %s s; phases of the fastest run:%n",
          n,
          graph.boxes().size(),
          graph.links().size(),
          Arrays.toString(wall));
      phases.print();
    }
    String out = System.getProperty("bench.out");
    if (out != null) {
      Files.createDirectories(Path.of(out).getParent());
      Files.write(Path.of(out), lines);
    }
  }

  /** The graph the designer's auto-layout builds for a whole model, with canvas-like card sizes. */
  static LayoutGraph graphOf(Model model) {
    Map<String, LayoutGraph.Size> sizes = new HashMap<>();
    for (Entity e : model.schema().entities()) {
      double height = HEADER + PADDING + e.attributes().size() * ROW + PADDING;
      sizes.put(e.id(), new LayoutGraph.Size(WIDTH, height));
    }
    return LayoutGraph.of(
        model, sizes, new LayoutGraph.Size(220, 120), null, new LayoutGraph.Position(40, 40));
  }

  /** Time between one phase ELK reports and the next, summed per phase name. */
  private static final class PhaseTimes implements LayoutProgress {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private String current;
    private long since;
    private long last;

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public void phase(String name) {
      long now = System.nanoTime();
      close(now);
      current = name;
      since = now;
    }

    void end(long now) {
      close(now);
      last = now;
    }

    long total() {
      return last - start;
    }

    private void close(long now) {
      if (current != null) {
        nanos.merge(current, now - since, Long::sum);
      }
      current = null;
    }

    void print() {
      nanos.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .filter(e -> e.getValue() >= 1_000_000L)
          .forEach(
              e ->
                  System.out.printf(
                      Locale.ROOT, "#   %8.1f ms  %s%n", e.getValue() / 1e6, e.getKey()));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void report(List<String> lines, String name, double value, String unit) {
    String line = String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit);
    lines.add(line);
    System.out.println(line);
  }
}
