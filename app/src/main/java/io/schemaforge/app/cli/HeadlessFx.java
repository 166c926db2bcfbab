package io.schemaforge.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display for commands that draw (render): the Monocle headless platform
 * with the software pipeline, so {@code schemaforge render} works the same on a desktop, a server
 * and in CI, with no X server or Xvfb. When the toolkit already runs (the window, or a UI test), it
 * is used as it is.
 */
final class HeadlessFx {
  private static boolean started;

  private HeadlessFx() {}

  static synchronized void start() throws InterruptedException {
    if (started) {
      return;
    }
    // Only when nobody chose a platform: tests and users may set their own.
    if (System.getProperty("glass.platform") == null) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
      System.setProperty("java.awt.headless", "true");
    }
    CountDownLatch ready = new CountDownLatch(1);
    try {
      Platform.startup(ready::countDown);
    } catch (IllegalStateException alreadyRunning) {
      ready.countDown();
    }
    ready.await();
    // Closing the last window of a UI test must not stop the toolkit under a later render.
    Platform.setImplicitExit(false);
    started = true;
  }

  /** Runs work on the JavaFX thread and waits for its result; its exception is rethrown. */
  static <T> T call(Callable<T> work) throws Exception {
    start();
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.call());
          } catch (Throwable t) {
            result.completeExceptionally(t);
          }
        });
    try {
      return result.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
