package io.schemaforge.bench;

import io.schemaforge.app.ui.MainWindow;
import io.schemaforge.app.ui.SchemaforgeApp;
import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.projectfile.ProjectFiles;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * The canvas in the real JavaFX pipeline: the main window opens a synthetic model (model-core's
 * {@link SyntheticModels}, saved to a file and opened as a user would), and input events go through
 * the canvas's own handlers. One event is fired per pulse from an {@link AnimationTimer}; a frame's
 * time is the interval between two pulses, so it holds the handler, the canvas redraw, CSS, layout
 * and the wait for the renderer. Pulses run at full speed ({@code javafx.animation.fullspeed}) so
 * the 60 Hz pulse clock does not hide what a frame costs.
 *
 * <p>Prints {@code BENCH canvas.<figure> <value> <unit>} lines: time to first frame, frame time
 * p50/p95/p99 while panning (zoomed out and at 100 %), zooming and dragging one entity, auto-layout
 * of 1,000 entities (and the longest UI-thread frame meanwhile), heap after GC with the model open.
 */
public final class CanvasBench {
  private static final List<String> LINES = new ArrayList<>();
  private static MainWindow window;

  private CanvasBench() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("canvas.bench.entities", 5000);
    int layoutN = Integer.getInteger("canvas.bench.layout.entities", 1000);
    int frames = Integer.getInteger("canvas.bench.frames", 300);
    Path dir = Files.createTempDirectory("schemaforge-canvas-bench");
    Path big = dir.resolve("synthetic-" + n + ProjectFiles.EXTENSION);
    ProjectFiles.save(SyntheticModels.generate(n, 42), big);
    Path layoutModel = dir.resolve("synthetic-" + layoutN + ProjectFiles.EXTENSION);
    ProjectFiles.save(SyntheticModels.generate(layoutN, 42), layoutModel);
    System.gc();

    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    onFx(
        () -> {
          Stage stage = new Stage();
          // Monocle's headless screen is 1280 x 800: a bigger window overflows its buffer.
          stage.setWidth(1280);
          stage.setHeight(800);
          window = SchemaforgeApp.show(stage, null);
          return null;
        });
    if (Boolean.getBoolean("canvas.bench.noMinimap")) {
      onFx(
          () -> {
            ((javafx.scene.control.CheckMenuItem) menuItem("Shortcut+Shift+M")).setSelected(false);
            return null;
          });
    }
    // Let the empty window settle (CSS, fonts) so the first frame measures the model, not startup.
    frames(30, i -> {});

    resetPeaks();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long fxThread = onFx(() -> Thread.currentThread().getId());
    long fxCpu0 = threads.getThreadCpuTime(fxThread);
    long renderCpu0 = rendererCpu(threads);
    long t0 = System.nanoTime();
    long firstFrame = timeToFirstFrame(big, t0);
    long fxCpu = threads.getThreadCpuTime(fxThread) - fxCpu0;
    long renderCpu = rendererCpu(threads) - renderCpu0;
    print("first_frame." + n, ms(firstFrame), "ms (open the file, load, validate, first frame drawn)");
    var phases = onFx(() -> window.viewModel().lastOpenTimes());
    long handedOver = phases.loadNanos() + phases.queuedNanos() + phases.handOverNanos();
    print("first_frame." + n + ".load", ms(phases.loadNanos()), "ms (read the file into a model, background)");
    print("first_frame." + n + ".queued", ms(phases.queuedNanos()), "ms (waiting for the FX thread)");
    print("first_frame." + n + ".hand_over", ms(phases.handOverNanos()), "ms (the views take the model, FX thread)");
    print("first_frame." + n + ".draw", ms(firstFrame - handedOver), "ms (from the hand-over to the drawn frame)");
    print("first_frame." + n + ".load.cpu", ms(phases.loadCpuNanos()), "ms (CPU of the reading thread)");
    print("first_frame." + n + ".hand_over.cpu", ms(phases.handOverCpuNanos()), "ms (CPU of the FX thread)");
    print("first_frame." + n + ".fx.cpu", ms(fxCpu), "ms (CPU of the FX thread from open to the drawn frame)");
    print("first_frame." + n + ".render.cpu", ms(renderCpu), "ms (CPU of the render thread meanwhile)");
    long checked = timeToChecked(t0);
    print("first_frame." + n + ".check", ms(onFx(() -> window.viewModel().lastOpenTimes()).checkNanos()), "ms (first validation, background, after the hand-over)");
    print("checked." + n, ms(checked), "ms (open to the problems known; the model is drawn before)");
    print("visible_cards_at_fit." + n, String.valueOf(canvas().lastFrame().cards()), "cards");
    if (Boolean.getBoolean("canvas.bench.first.frame.only")) {
      // A quick loop for the open path: the frame figures below take minutes.
      finish();
      return;
    }

    frames(20, i -> {});
    screenshot("lod-boxes-fit.png");
    long[] panOut = pan(frames);
    report("pan_zoomed_out." + n, panOut, "zoom " + zoomText());
    long[] zoom = zoom(frames);
    report("zoom." + n, zoom, "wheel zoom in and out between fit and 200 %");
    setZoom(0.3);
    screenshot("lod-titles-30pct.png");
    setZoom(1.0);
    screenshot("lod-details-100pct.png");
    long[] panIn = pan(frames);
    report("pan_100pct." + n, panIn, "zoom 100 %");
    long before = onFx(() -> window.viewModel().document().revisionProperty().get());
    long[] drag = drag(frames);
    long moves = onFx(() -> window.viewModel().document().revisionProperty().get()) - before;
    report("drag_entity." + n, drag, "zoom 100 %, snapping, " + moves + " moves");
    setZoom(0.25);
    before = onFx(() -> window.viewModel().document().revisionProperty().get());
    long[] dragOut = drag(frames);
    moves = onFx(() -> window.viewModel().document().revisionProperty().get()) - before;
    report("drag_entity_zoomed_out." + n, dragOut, "zoom 25 %, " + moves + " moves");
    onFx(
        () -> {
          window.viewModel().canvas().fitToContent();
          return null;
        });
    frames(10, i -> {});
    print("heap_after_gc." + n, String.valueOf(heapAfterGcMb()), "MB (model open, fitted)");
    print("heap_peak." + n, String.valueOf(peakHeapMb()), "MB (peak of the heap pools, garbage included)");

    if (layoutN > 0) {
      // With no entities there is nothing to arrange: the layout would never apply a command.
      autoLayout(layoutModel, layoutN);
    }
    finish();
  }

  private static void finish() throws Exception {
    Path out = Path.of(System.getProperty("bench.out", "target/bench/canvas-bench.txt"));
    Files.createDirectories(out.getParent());
    Files.write(out, LINES);
    Platform.exit();
    System.exit(0);
  }

  private static long timeToFirstFrame(Path file, long t0) throws Exception {
    CompletableFuture<Long> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          // As File > Open does: read and validated off the FX thread, handed over, drawn.
          window
              .viewModel()
              .openInBackground(file)
              .thenAccept(
                  opened -> {
                    if (!opened) {
                      done.completeExceptionally(
                          new IllegalStateException("could not open " + file));
                    }
                  });
          new AnimationTimer() {
            private boolean drawn;

            @Override
            public void handle(long now) {
              // The pulse after the one whose redraw drew cards: that frame has been rendered.
              if (drawn) {
                stop();
                done.complete(System.nanoTime() - t0);
              } else {
                drawn = canvas().lastFrame().cards() > 0;
              }
            }
          }.start();
        });
    return done.get(120, TimeUnit.SECONDS);
  }

  /** Waits until the open model's first validation is taken over; the time since {@code t0}. */
  private static long timeToChecked(long t0) throws Exception {
    while (onFx(() -> window.viewModel().document().checkingProperty().get())) {
      Thread.sleep(5);
    }
    while (onFx(() -> window.viewModel().lastOpenTimes().checkNanos()) < 0) {
      Thread.sleep(5);
    }
    return System.nanoTime() - t0;
  }

  /** Middle-button drag across the canvas, back and forth. */
  private static long[] pan(int count) throws Exception {
    Point2D c = centre();
    fire(mouse(MouseEvent.MOUSE_PRESSED, c.getX(), c.getY(), MouseButton.MIDDLE));
    long[] times =
        frames(
            count,
            i -> {
              double dx = 9 * ((i / 60) % 2 == 0 ? 1 : -1);
              Point2D p = centre().add(dx * (i % 60), dx * (i % 60) / 2);
              fire(mouse(MouseEvent.MOUSE_DRAGGED, p.getX(), p.getY(), MouseButton.MIDDLE));
            });
    fire(mouse(MouseEvent.MOUSE_RELEASED, c.getX(), c.getY(), MouseButton.MIDDLE));
    return times;
  }

  /** Wheel notches around the pointer: in to 200 %, out to the fitted zoom, and again. */
  private static long[] zoom(int count) throws Exception {
    onFx(
        () -> {
          window.viewModel().canvas().fitToContent();
          return null;
        });
    double fit = window.viewModel().canvas().zoomProperty().get();
    int notches = (int) Math.ceil(Math.log(2.0 / fit) / Math.log(1.1));
    Point2D c = centre();
    return frames(
        count,
        i -> {
          int phase = (i / notches) % 2;
          double delta = phase == 0 ? 40 : -40;
          fire(scroll(c.getX() + (i % 7) * 10, c.getY() - (i % 5) * 10, delta));
        });
  }

  /** Presses on the title of the card nearest the centre and drags it in a circle. */
  private static long[] drag(int count) throws Exception {
    String id =
        onFx(
            () -> {
              var vm = window.viewModel().canvas();
              Point2D m = vm.toModel(centre().getX(), centre().getY());
              return vm.geometry().entitiesIn(new Rectangle2D(m.getX() - 600, m.getY() - 600, 1200, 1200)).get(0);
            });
    Point2D start =
        onFx(
            () -> {
              var vm = window.viewModel().canvas();
              Rectangle2D card = vm.geometry().card(id).orElseThrow();
              return vm.toScreen(card.getMinX() + 20, card.getMinY() + 10);
            });
    fire(mouse(MouseEvent.MOUSE_PRESSED, start.getX(), start.getY(), MouseButton.PRIMARY));
    long[] times =
        frames(
            count,
            i -> {
              double a = i * 2 * Math.PI / 60;
              double r = 40 + i % 60 * 2;
              fire(
                  mouse(
                      MouseEvent.MOUSE_DRAGGED,
                      start.getX() + r * Math.cos(a),
                      start.getY() + r * Math.sin(a),
                      MouseButton.PRIMARY));
            });
    fire(mouse(MouseEvent.MOUSE_RELEASED, start.getX() + 40, start.getY(), MouseButton.PRIMARY));
    return times;
  }

  /**
   * Opens the smaller model, fires the Auto layout menu item (what Ctrl+L does) and waits until
   * the result is applied as a command; meanwhile the pulses keep being timed.
   */
  private static void autoLayout(Path file, int n) throws Exception {
    onFx(() -> window.viewModel().open(file));
    frames(20, i -> {});
    long revision = onFx(() -> window.viewModel().document().revisionProperty().get());
    CompletableFuture<long[]> done = new CompletableFuture<>();
    long t0 = System.nanoTime();
    Platform.runLater(
        () -> {
          autoLayoutItem().fire();
          new AnimationTimer() {
            private int pulses;

            private long last = System.nanoTime();
            private long longest;

            @Override
            public void handle(long now) {
              long t = System.nanoTime();
              longest = Math.max(longest, t - last);
              last = t;
              if (++pulses == 30) {
                screenshot("auto-layout-progress.png");
              }
              if (window.viewModel().document().revisionProperty().get() != revision) {
                stop();
                done.complete(new long[] {t - t0, longest});
              }
            }
          }.start();
        });
    long[] r = done.get(600, TimeUnit.SECONDS);
    print("auto_layout." + n, ms(r[0]), "ms (Ctrl+L to the layout applied as one command)");
    print("auto_layout_longest_frame." + n, ms(r[1]), "ms (UI thread while ELK runs)");
  }

  /** The whole window as the user sees it, for looking at the levels of detail and the panel. */
  private static void screenshot(String name) {
    Runnable shot =
        () -> {
          try {
            var image = window.scene().snapshot(null);
            Path dir = Path.of(System.getProperty("bench.out", "target/bench/x")).getParent();
            Files.createDirectories(dir.resolve("screenshots"));
            javax.imageio.ImageIO.write(
                javafx.embed.swing.SwingFXUtils.fromFXImage(image, null),
                "png",
                dir.resolve("screenshots").resolve(name).toFile());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
    if (Platform.isFxApplicationThread()) {
      shot.run();
    } else {
      try {
        onFx(
            () -> {
              shot.run();
              return null;
            });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static MenuItem autoLayoutItem() {
    return menuItem("Shortcut+L");
  }

  private static MenuItem menuItem(String accelerator) {
    MenuBar bar = (MenuBar) window.scene().getRoot().lookup(".menu-bar");
    KeyCombination ctrlL = KeyCombination.keyCombination(accelerator);
    for (Menu m : bar.getMenus()) {
      for (MenuItem item : m.getItems()) {
        if (ctrlL.equals(item.getAccelerator())) {
          return item;
        }
      }
    }
    throw new IllegalStateException("no menu item with " + ctrlL);
  }

  /**
   * Runs {@code step} once per pulse, {@code count} times, and returns the interval (nanos) from
   * each step's pulse to the next one.
   */
  private static long[] frames(int count, IntConsumer step) throws Exception {
    // Wall-clock marks on stderr, to cut a profile (JFR) into the figures' phases.
    System.err.println("PHASE start " + count + " " + java.time.LocalTime.now());
    long[] times = new long[count];
    long[] cpu = new long[count];
    long[] newTiles = new long[count];
    long[] gc = new long[count];
    long[] renderCpu = new long[count];
    lastRenderCpu = renderCpu;
    lastCpu = cpu;
    lastNewTiles = newTiles;
    lastGc = gc;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CompletableFuture<Void> done = new CompletableFuture<>();
    Platform.runLater(
        () ->
            new AnimationTimer() {
              private int i = -1;
              private long last;
              private long lastCpuTime;
              private long lastRenderCpuTime;
              private long lastTiles;
              private long lastGcTime;

              @Override
              public void handle(long now) {
                long t = System.nanoTime();
                long rc = rendererCpu(threads);
                long c = threads.getCurrentThreadCpuTime() + rc;
                long tiles = window == null ? 0 : canvas().tilesRendered();
                long g = gcMillis();
                if (i >= 0) {
                  times[i] = t - last;
                  cpu[i] = c - lastCpuTime;
                  renderCpu[i] = rc - lastRenderCpuTime;
                  newTiles[i] = tiles - lastTiles;
                  gc[i] = g - lastGcTime;
                }
                i++;
                last = t;
                lastCpuTime = c;
                lastRenderCpuTime = rc;
                lastTiles = tiles;
                lastGcTime = g;
                if (i == count) {
                  stop();
                  done.complete(null);
                  return;
                }
                try {
                  step.accept(i);
                } catch (RuntimeException e) {
                  stop();
                  done.completeExceptionally(e);
                }
              }
            }.start());
    done.get(600, TimeUnit.SECONDS);
    return times;
  }

  /**
   * Wall-clock frame times, and the CPU time the FX and render threads spent per frame: on a shared
   * machine the wall clock also counts waiting for a core, the CPU time only what the frame cost.
   */
  private static void report(String name, long[] nanos, String what) {
    System.err.println("PHASE end " + name + " " + java.time.LocalTime.now());
    long[] c = lastCpu.clone();
    long[] s = nanos.clone();
    Arrays.sort(s);
    Arrays.sort(c);
    print(name + ".p50", ms(percentile(s, 50)), "ms (" + what + ", " + s.length + " frames)");
    print(name + ".p95", ms(percentile(s, 95)), "ms");
    print(name + ".p99", ms(percentile(s, 99)), "ms");
    print(name + ".cpu.p50", ms(percentile(c, 50)), "ms (FX + render thread CPU per frame)");
    print(name + ".cpu.p95", ms(percentile(c, 95)), "ms");
    print(name + ".cpu.p99", ms(percentile(c, 99)), "ms");
    long[] rc = lastRenderCpu.clone();
    Arrays.sort(rc);
    print(
        name + ".cpu.render.p50",
        ms(percentile(rc, 50)),
        "ms (of which the render thread; p95 " + ms(percentile(rc, 95)) + " ms)");
    slowFrames(name, nanos);
  }

  /**
   * What the slowest 10 % of the frames did (a frame counts the tiles its own redraw rendered,
   * between the step's pulse and the next): how many rendered new tiles,
   * how many saw a GC pause, and the p95 of the frames that only copied tiles.
   */
  private static void slowFrames(String name, long[] nanos) {
    int n = nanos.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
    int slow = Math.max(1, n / 10);
    int withTiles = 0;
    int withGc = 0;
    long tileSum = 0;
    for (int k = 0; k < slow; k++) {
      int i = order[k];
      withTiles += lastNewTiles[i] > 0 ? 1 : 0;
      tileSum += lastNewTiles[i];
      withGc += lastGc[i] > 0 ? 1 : 0;
    }
    long all = Arrays.stream(lastNewTiles).sum();
    long framesWithTiles = Arrays.stream(lastNewTiles).filter(t -> t > 0).count();
    long[] copyOnly = new long[n];
    long[] copyOnlyCpu = new long[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (lastNewTiles[i] == 0) {
        copyOnly[m] = nanos[i];
        copyOnlyCpu[m++] = lastCpu[i];
      }
    }
    long[] co = Arrays.copyOf(copyOnly, Math.max(1, m));
    long[] coc = Arrays.copyOf(copyOnlyCpu, Math.max(1, m));
    Arrays.sort(co);
    Arrays.sort(coc);
    print(
        name + ".slow10",
        String.valueOf(slow),
        "frames: " + withTiles + " rendered " + tileSum + " new tiles, " + withGc
            + " saw a GC; whole run " + all + " tiles in " + framesWithTiles + " frames; frames"
            + " without new tiles p95 " + ms(percentile(co, 95)) + " ms, cpu p95 "
            + ms(percentile(coc, 95)) + " ms");
  }

  private static long[] lastNewTiles = new long[0];
  private static long[] lastRenderCpu = new long[0];
  private static long[] lastGc = new long[0];

  private static long gcMillis() {
    long sum = 0;
    for (var b : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, b.getCollectionTime());
    }
    return sum;
  }

  private static long[] lastCpu = new long[0];
  private static long rendererThread = -1;

  /** CPU time of Quantum's render thread, which rasterises the frames the FX thread records. */
  private static long rendererCpu(ThreadMXBean threads) {
    if (rendererThread < 0) {
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t.getName().startsWith("QuantumRenderer")) {
          rendererThread = t.getId();
        }
      }
    }
    long cpu = rendererThread < 0 ? -1 : threads.getThreadCpuTime(rendererThread);
    return Math.max(0, cpu);
  }

  private static long percentile(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static CanvasView canvas() {
    return window.canvasView();
  }

  private static Point2D centre() {
    CanvasView v = canvas();
    return new Point2D(v.getWidth() / 2, v.getHeight() / 2);
  }

  private static String zoomText() {
    return String.format(Locale.ROOT, "%.0f %%", 100 * window.viewModel().canvas().zoomProperty().get());
  }

  private static void setZoom(double z) throws Exception {
    onFx(
        () -> {
          var vm = window.viewModel().canvas();
          Point2D c = centre();
          vm.zoomAt(z / vm.zoomProperty().get(), c.getX(), c.getY());
          return null;
        });
    // Past the canvas's zoom settle (150 ms), so the frames after show the crisp picture at z.
    Thread.sleep(300);
    frames(5, i -> {});
  }

  /** A mouse event at canvas-local coordinates, dispatched through the canvas's handlers. */
  private static MouseEvent mouse(
      javafx.event.EventType<MouseEvent> type, double x, double y, MouseButton button) {
    Point2D scene = canvas().localToScene(x, y);
    Point2D screen = canvas().localToScreen(x, y);
    boolean down = type != MouseEvent.MOUSE_RELEASED;
    return new MouseEvent(
        type,
        scene.getX(),
        scene.getY(),
        screen == null ? x : screen.getX(),
        screen == null ? y : screen.getY(),
        button,
        1,
        false,
        false,
        false,
        false,
        down && button == MouseButton.PRIMARY,
        down && button == MouseButton.MIDDLE,
        false,
        false,
        false,
        false,
        null);
  }

  private static ScrollEvent scroll(double x, double y, double deltaY) {
    Point2D scene = canvas().localToScene(x, y);
    return new ScrollEvent(
        ScrollEvent.SCROLL,
        scene.getX(),
        scene.getY(),
        scene.getX(),
        scene.getY(),
        false,
        false,
        false,
        false,
        false,
        false,
        0,
        deltaY,
        0,
        deltaY,
        ScrollEvent.HorizontalTextScrollUnits.NONE,
        0,
        ScrollEvent.VerticalTextScrollUnits.NONE,
        0,
        0,
        null);
  }

  /** Dispatches on the FX thread (the bench's own thread waits for it). */
  private static void fire(Event e) {
    if (Platform.isFxApplicationThread()) {
      Event.fireEvent(canvas(), e);
    } else {
      try {
        onFx(
            () -> {
              Event.fireEvent(canvas(), e);
              return null;
            });
      } catch (Exception ex) {
        throw new IllegalStateException(ex);
      }
    }
  }

  private static <T> T onFx(Supplier<T> work) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(work.get());
          } catch (RuntimeException e) {
            f.completeExceptionally(e);
          }
        });
    return f.get(120, TimeUnit.SECONDS);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  private static long heapAfterGcMb() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }

  private static void print(String name, String value, String unit) {
    String line = "BENCH canvas." + name + " " + value + " " + unit;
    System.out.println(line);
    LINES.add(line);
  }
}
