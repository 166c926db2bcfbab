package io.schemaforge.app.ui;

/**
 * Where the time of the last {@link MainWindowViewModel#openInBackground} went, in nanoseconds of
 * wall time: reading the file into a model, the wait for the FX thread, the hand-over there (the
 * views taking the new model), and the first validation, which runs after the hand-over (-1 while
 * it runs); and the CPU time of the reading and of the hand-over, which a busy machine does not
 * inflate. The canvas bench prints them, so a slow open says which phase to look at.
 */
public record OpenTimes(
    long loadNanos,
    long queuedNanos,
    long handOverNanos,
    long checkNanos,
    long loadCpuNanos,
    long handOverCpuNanos) {
  /** No open has finished yet. */
  public static final OpenTimes NONE = new OpenTimes(0, 0, 0, -1, 0, 0);

  OpenTimes withCheck(long nanos) {
    return new OpenTimes(
        loadNanos, queuedNanos, handOverNanos, nanos, loadCpuNanos, handOverCpuNanos);
  }
}
