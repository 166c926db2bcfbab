package io.schemaforge.bench;

import java.util.Arrays;

/** Durations of one measured phase, in nanoseconds, and their order statistics. */
final class Samples {
  private long[] nanos;
  private int size;

  Samples(int capacity) {
    nanos = new long[Math.max(1, capacity)];
  }

  void add(long duration) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = duration;
  }

  int size() {
    return size;
  }

  /** The nearest-rank percentile ({@code p} in 0..100) of all samples, in milliseconds. */
  double percentileMillis(double p) {
    if (size == 0) {
      throw new IllegalStateException("no samples");
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  double medianMillis() {
    return percentileMillis(50);
  }

  double maxMillis() {
    return percentileMillis(100);
  }
}
