package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.CommandStack;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {
  private final MainWindowViewModel window =
      new MainWindowViewModel(Runnable::run, RuleRegistry.builtIn());

  @Test
  void startsWithAnEmptyUntitledModel() {
    window.openAtStartup(null);

    assertThat(window.title().get()).isEqualTo("Untitled — Schemaforge");
    assertThat(window.entitiesText().get()).isEqualTo("0 entities");
    assertThat(window.messageProperty().get()).isNull();
  }

  @Test
  void opensAModelAndDescribesItInTheStatusTexts() {
    assertThat(window.open(Examples.path("blog"))).isTrue();

    assertThat(window.title().get()).isEqualTo("blog.schemaforge.json — Schemaforge");
    assertThat(window.entitiesText().get()).isEqualTo("4 entities");
    assertThat(window.errorsText().get()).isEqualTo("0 errors");
    assertThat(window.activityProperty().get()).isEqualTo("Opened blog.schemaforge.json");
  }

  @Test
  void aDamagedFileIsToldInTheWindowAndTheEmptyModelStays(@TempDir Path dir) throws Exception {
    Path broken =
        Files.writeString(dir.resolve("broken.schemaforge.json"), "{ \"formatVersion\": ");

    window.openAtStartup(broken);

    assertThat(window.messageProperty().get())
        .startsWith("Could not open the model.")
        .contains("broken.schemaforge.json")
        .doesNotContain("Exception");
    assertThat(window.document().entityCountProperty().get()).isZero();
    assertThat(window.document().fileProperty().get()).isNull();
  }

  @Test
  void aFailedOpenKeepsTheCurrentDocument(@TempDir Path dir) {
    window.open(Examples.path("blog"));

    assertThat(window.open(dir.resolve("missing.schemaforge.json"))).isFalse();

    assertThat(window.document().entityCountProperty().get()).isEqualTo(4);
    assertThat(window.messageProperty().get()).contains("no such file");
    window.dismissMessage();
    assertThat(window.messageProperty().get()).isNull();
  }

  /** A stand-in for the FX thread: runnables wait in a queue until the test runs them. */
  private static final class QueuedFxThread {
    final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    void runAllQueued() {
      Runnable r;
      while ((r = queue.poll()) != null) {
        r.run();
      }
    }

    Runnable next() throws InterruptedException {
      Runnable r = queue.poll(60, TimeUnit.SECONDS);
      assertThat(r).as("a hand-over to the FX thread").isNotNull();
      return r;
    }
  }

  @Test
  void opensInTheBackgroundAndOnlyHandsOverOnTheFxThread(@TempDir Path settings) throws Exception {
    QueuedFxThread fx = new QueuedFxThread();
    MainWindowViewModel w =
        new MainWindowViewModel(fx.queue::add, RuleRegistry.builtIn(), settings);
    fx.runAllQueued();

    CompletableFuture<Boolean> opened = w.openInBackground(Examples.path("blog"));
    assertThat(w.openingProperty().get()).isTrue();
    assertThat(w.activityProperty().get()).isEqualTo("Opening blog.schemaforge.json…");

    Runnable handOver = fx.next();
    // Read, but the document the window shows has not changed behind its back.
    assertThat(w.document().entityCountProperty().get()).isZero();
    assertThat(opened).isNotDone();
    handOver.run();

    assertThat(opened).isCompletedWithValue(true);
    assertThat(w.openingProperty().get()).isFalse();
    assertThat(w.document().entityCountProperty().get()).isEqualTo(4);
    assertThat(w.recentFiles().files()).contains(Examples.path("blog"));
    // Shown at once; the first validation follows from the background thread.
    assertThat(w.document().checkingProperty().get()).isTrue();
    assertThat(w.problems().checkingProperty().get()).isTrue();
    assertThat(w.activityProperty().get())
        .isEqualTo("Opened blog.schemaforge.json: checking the model…");
    while (w.document().checkingProperty().get()) {
      fx.next().run();
    }
    assertThat(w.document().validator().diagnostics())
        .isEqualTo(LiveValidator.validate(w.document().model(), RuleRegistry.builtIn()));
    assertThat(w.problems().checkingProperty().get()).isFalse();
    assertThat(w.activityProperty().get()).isEqualTo("Opened blog.schemaforge.json");
  }

  @Test
  void theChecksDiagnosticsReachTheProblemsPanel(@TempDir Path settings) throws Exception {
    QueuedFxThread fx = new QueuedFxThread();
    MainWindowViewModel w =
        new MainWindowViewModel(fx.queue::add, RuleRegistry.builtIn(), settings);
    fx.runAllQueued();
    w.open(Examples.path("blog"));
    fx.runAllQueued();
    int rowsOfBlog = w.problems().rows().size();
    Path flawed = settings.resolve("flawed.schemaforge.json");
    Model m = ProjectFiles.load(Examples.path("blog"));
    new CommandStack(m).execute(new RenameEntityCommand("ent_user", "User", "user"));
    ProjectFiles.save(m, flawed);

    w.openInBackground(flawed);
    // The blog is still the document while the file is read: its 4 entities are not the file's.
    assertThat(w.entitiesText().get()).isEqualTo("– entities");
    fx.next().run();
    assertThat(w.entitiesText().get()).isEqualTo("4 entities");
    assertThat(w.document().checkingProperty().get()).isTrue();
    assertThat(w.problems().rows()).isEmpty();
    assertThat(w.errorsText().get()).isEqualTo("– errors"); // not known yet: not "0 errors"
    while (w.document().checkingProperty().get()) {
      fx.next().run();
    }

    assertThat(w.errorsText().get()).isEqualTo("1 error");
    assertThat(w.problems().rows()).hasSizeGreaterThan(rowsOfBlog);
  }

  @Test
  void theLastOfTwoOverlappingOpensWins(@TempDir Path settings) throws Exception {
    QueuedFxThread fx = new QueuedFxThread();
    MainWindowViewModel w =
        new MainWindowViewModel(fx.queue::add, RuleRegistry.builtIn(), settings);
    fx.runAllQueued();

    CompletableFuture<Boolean> first = w.openInBackground(Examples.path("blog"));
    CompletableFuture<Boolean> second = w.openInBackground(Examples.path("shop"));
    // Whichever read finishes first, both hand-overs (and the checks after them) run on the FX
    // thread in the order they arrive.
    while (!first.isDone() || !second.isDone() || w.document().checkingProperty().get()) {
      fx.next().run();
    }

    assertThat(first).isCompletedWithValue(false);
    assertThat(second).isCompletedWithValue(true);
    assertThat(w.document().fileProperty().get()).isEqualTo(Examples.path("shop"));
    assertThat(w.openingProperty().get()).isFalse();
  }

  @Test
  void aFailedBackgroundOpenKeepsTheDocumentAndSaysWhy(@TempDir Path settings) throws Exception {
    QueuedFxThread fx = new QueuedFxThread();
    MainWindowViewModel w =
        new MainWindowViewModel(fx.queue::add, RuleRegistry.builtIn(), settings);
    fx.runAllQueued();
    w.open(Examples.path("blog"));
    fx.runAllQueued();

    CompletableFuture<Boolean> opened =
        w.openInBackground(settings.resolve("missing.schemaforge.json"));
    fx.next().run();

    assertThat(opened).isCompletedWithValue(false);
    assertThat(w.openingProperty().get()).isFalse();
    assertThat(w.document().entityCountProperty().get()).isEqualTo(4);
    assertThat(w.messageProperty().get()).contains("no such file");
  }
}
