package io.schemaforge.app.ui;

import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;

/**
 * Runs work on the FX thread after a few more pulses, that is once what the scene has just been
 * given is laid out, drawn and on screen. The canvas draws in a task queued by one pulse's layout
 * and shows it in the next, so three pulses are enough for a model handed over now to be seen.
 */
public final class AfterFrames implements Executor {
  private final int pulses;

  public AfterFrames(int pulses) {
    this.pulses = pulses;
  }

  @Override
  public void execute(Runnable work) {
    new AnimationTimer() {
      private int seen;

      @Override
      public void handle(long now) {
        if (++seen >= pulses) {
          stop();
          work.run();
        }
      }
    }.start();
  }
}
