package io.schemaforge.app.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A dialog's long work (planning an export, importing a project), one run at a time: the work runs
 * on the background executor, its result or failure comes back on the FX executor, and a run that
 * was cancelled or superseded is forgotten, so its late outcome changes nothing. A bug in the work
 * (any exception, or a linkage error from a missing class) arrives as a failure, so a dialog never
 * keeps spinning. Start, cancel and the callbacks all happen on the FX thread.
 */
public final class BackgroundRuns {
  /** The work of one run; {@code run} posts progress to the FX thread while it is current. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Run run) throws Exception;
  }

  private final ExecutorService background;
  private final Executor fx;
  private long started;
  // The run whose outcome is awaited, 0 for none.
  private volatile long live;
  private Future<?> future;

  public BackgroundRuns(ExecutorService background, Executor fx) {
    this.background = background;
    this.fx = fx;
  }

  /** A single daemon thread for a dialog's runs; the dialog shuts it down when it closes. */
  public static ExecutorService daemonThread(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Starts {@code work}; whatever was running before is superseded. Exactly one of {@code onDone}
   * and {@code onFailed} is called, on the FX thread, unless the run is cancelled or superseded
   * first.
   */
  public <T> void start(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
    long mine = ++started;
    live = mine;
    Run run = new Run(mine);
    Future<?> f =
        background.submit(
            () -> {
              T result;
              try {
                result = work.run(run);
              } catch (Exception | LinkageError e) {
                run.onFx(() -> finish(mine, () -> onFailed.accept(e)));
                return;
              }
              run.onFx(() -> finish(mine, () -> onDone.accept(result)));
            });
    // An executor that runs the work at once has already finished it.
    if (live == mine) {
      future = f;
    }
  }

  private void finish(long mine, Runnable outcome) {
    if (mine == live) {
      live = 0;
      future = null;
      outcome.run();
    }
  }

  /** Whether a run is under way. */
  public boolean running() {
    return live != 0;
  }

  /** Stops waiting for the current run (interrupting it); false when none was running. */
  public boolean cancel() {
    if (live == 0) {
      return false;
    }
    live = 0;
    if (future != null) {
      future.cancel(true);
      future = null;
    }
    return true;
  }

  /** One run, as its work sees it. */
  public final class Run {
    private final long id;

    private Run(long id) {
      this.id = id;
    }

    /** Runs {@code update} on the FX thread if this run is still the current one by then. */
    public void onFx(Runnable update) {
      fx.execute(
          () -> {
            if (id == live) {
              update.run();
            }
          });
    }
  }
}
