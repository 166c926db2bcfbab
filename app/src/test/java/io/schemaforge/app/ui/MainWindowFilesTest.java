package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowFilesTest {
  @TempDir Path settings;
  @TempDir Path work;

  private MainWindowViewModel newWindow() {
    return new MainWindowViewModel(Runnable::run, RuleRegistry.builtIn(), settings);
  }

  @Test
  void saveAsAddsTheExtensionClearsDirtyAndRemembersTheFile() throws Exception {
    MainWindowViewModel window = newWindow();
    window.document().execute(AddEntityCommand.withIdKey("Order", 0, 0));
    assertThat(window.save().join()).isFalse(); // untitled: the window must ask for a file

    assertThat(window.saveAs(work.resolve("shop")).join()).isTrue();

    Path file = work.resolve("shop" + ProjectFiles.EXTENSION);
    assertThat(Files.isRegularFile(file)).isTrue();
    assertThat(window.document().dirtyProperty().get()).isFalse();
    assertThat(window.title().get()).isEqualTo("shop.schemaforge.json — Schemaforge");
    assertThat(ProjectFileWriter.toJson(ProjectFiles.load(file)))
        .isEqualTo(ProjectFileWriter.toJson(window.document().model()));
    assertThat(newWindow().recentFiles().files()).containsExactly(file.toAbsolutePath());
  }

  @Test
  void autosaveWritesARecoveryCopyThatTheNextSessionOffersAndRecovers() {
    MainWindowViewModel crashed = newWindow();
    crashed.open(Examples.path("blog"));
    crashed.document().execute(AddEntityCommand.withIdKey("Draft", 0, 900));
    String unsaved = ProjectFileWriter.toJson(crashed.document().model());
    crashed.autosave();

    MainWindowViewModel next = newWindow();
    next.checkRecovery().join();
    assertThat(next.recoveryOfferProperty().get()).isNotNull();
    assertThat(next.recoveryOfferProperty().get().originalFile())
        .isEqualTo(Examples.path("blog").toAbsolutePath());
    next.recover();

    assertThat(ProjectFileWriter.toJson(next.document().model())).isEqualTo(unsaved);
    assertThat(next.document().dirtyProperty().get()).isTrue();
    assertThat(next.document().fileProperty().get())
        .isEqualTo(Examples.path("blog").toAbsolutePath());
  }

  @Test
  void theRecoveryCopyHoldsTheModelAsItWasWhenAutosaveRan() {
    MainWindowViewModel window = newWindow();
    window.open(Examples.path("shop"));
    window.document().execute(AddEntityCommand.withIdKey("Draft", 0, 900));
    String atAutosave = ProjectFileWriter.toJson(window.document().model());

    window.autosave();
    // Written in the background: edits made meanwhile must not reach the copy.
    for (int i = 0; i < 20; i++) {
      window.document().execute(AddEntityCommand.withIdKey("Later" + i, 300 * i, 1200));
    }

    MainWindowViewModel next = newWindow();
    next.checkRecovery().join();
    next.recover();
    assertThat(ProjectFileWriter.toJson(next.document().model())).isEqualTo(atAutosave);
  }

  @Test
  void savingOrDiscardingRemovesTheRecoveryCopy() {
    MainWindowViewModel window = newWindow();
    window.document().execute(AddEntityCommand.withIdKey("Draft", 0, 0));
    window.autosave();
    assertThat(recoveryOffered()).isTrue();

    window.saveAs(work.resolve("draft")).join();
    assertThat(recoveryOffered()).isFalse();

    window.document().execute(AddEntityCommand.withIdKey("Other", 0, 300));
    window.autosave();
    MainWindowViewModel next = newWindow();
    next.checkRecovery().join();
    next.discardRecovery();
    assertThat(recoveryOffered()).isFalse();
  }

  @Test
  void aCleanDocumentLeavesNoRecoveryCopy() {
    MainWindowViewModel window = newWindow();
    window.document().execute(AddEntityCommand.withIdKey("Draft", 0, 0));
    window.autosave();
    window.document().undo();

    window.autosave();

    assertThat(recoveryOffered()).isFalse();
  }

  @Test
  void aFailedSaveSaysWhyAndKeepsTheDocumentDirty() throws Exception {
    MainWindowViewModel window = newWindow();
    window.document().execute(AddEntityCommand.withIdKey("Order", 0, 0));
    // Tests run as root, which may write anywhere: a folder that is a plain file fails for anyone.
    Path notAFolder = Files.writeString(work.resolve("plain.txt"), "not a folder");
    Path target = notAFolder.resolve("shop" + ProjectFiles.EXTENSION);

    assertThat(window.saveAs(target).get(30, TimeUnit.SECONDS)).isFalse();

    assertThat(window.messageProperty().get()).startsWith("Could not save " + target + ": ");
    assertThat(window.document().dirtyProperty().get()).isTrue();
    assertThat(window.document().fileProperty().get()).isNull();
    assertThat(window.savingProperty().get()).isFalse();
    assertThat(window.activityProperty().get()).isNull();
    assertThat(window.recentFiles().files()).isEmpty();
  }

  @Test
  void twoSavesInARowAreWrittenInTheOrderAsked() throws Exception {
    MainWindowViewModel window = newWindow();
    List<String> written = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    window.writeSavesWith(
        (snapshot, file) -> {
          String name =
              snapshot.schema().entities().get(snapshot.schema().entities().size() - 1).name();
          // The first save is held: a second writer running beside it would overtake it.
          if (written.isEmpty() && !awaitQuietly(release)) {
            throw new IOException("not released");
          }
          written.add(name);
          ProjectFiles.save(snapshot, file);
        });
    Path target = work.resolve("twice" + ProjectFiles.EXTENSION);
    window.document().execute(AddEntityCommand.withIdKey("First", 0, 0));
    CompletableFuture<Boolean> first = window.saveAs(target);
    window.document().execute(AddEntityCommand.withIdKey("Second", 0, 300));
    CompletableFuture<Boolean> second = window.saveAs(target);
    CompletableFuture<Void> both = window.savesFinished();
    assertThat(both).isNotDone();

    release.countDown();

    assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();
    both.get(30, TimeUnit.SECONDS);
    assertThat(written).containsExactly("First", "Second");
    assertThat(ProjectFiles.load(target).schema().entities()).hasSize(2);
    assertThat(window.document().dirtyProperty().get()).isFalse();
  }

  @Test
  void aSaveThatEndsAfterAnotherModelWasOpenedLeavesThatModelAlone() throws Exception {
    MainWindowViewModel window = newWindow();
    CountDownLatch release = new CountDownLatch(1);
    window.writeSavesWith(
        (snapshot, file) -> {
          if (!awaitQuietly(release)) {
            throw new IOException("not released");
          }
          ProjectFiles.save(snapshot, file);
        });
    window.document().execute(AddEntityCommand.withIdKey("Order", 0, 0));
    CompletableFuture<Boolean> saved = window.saveAs(work.resolve("old"));
    window.openImported(ProjectFiles.load(Examples.path("shop")));

    release.countDown();

    assertThat(saved.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(window.document().fileProperty().get()).isNull();
    assertThat(window.document().dirtyProperty().get()).isTrue();
  }

  @Test
  void theRecoveryCopyIsReadInTheBackgroundAndOfferedOnTheFxThread() throws Exception {
    MainWindowViewModel crashed = newWindow();
    crashed.document().execute(AddEntityCommand.withIdKey("Draft", 0, 0));
    crashed.autosave();
    BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    MainWindowViewModel next = new MainWindowViewModel(fx::add, RuleRegistry.builtIn(), settings);
    next.document().execute(AddEntityCommand.withIdKey("Other", 0, 300));
    runAll(fx);
    assertThat(next.document().dirtyProperty().get()).isTrue();

    CompletableFuture<Void> checked = next.checkRecovery();
    assertThat(next.recoveryOfferProperty().get()).isNull();
    // Until the copy is read and offered, autosave must not replace it with this session's work.
    next.autosave();
    while (!checked.isDone()) {
      Runnable handOver = fx.poll(30, TimeUnit.SECONDS);
      assertThat(handOver).as("the hand-over to the FX thread").isNotNull();
      handOver.run();
    }

    assertThat(checked).isDone();
    assertThat(next.recoveryOfferProperty().get()).isNotNull();
    assertThat(next.recoveryOfferProperty().get().model().schema().entities())
        .extracting(e -> e.name())
        .containsExactly("Draft");
    // The copy on disk is still the crashed session's, not the new session's autosave.
    MainWindowViewModel probe = newWindow();
    probe.checkRecovery().join();
    assertThat(probe.recoveryOfferProperty().get().model().schema().entities())
        .extracting(e -> e.name())
        .containsExactly("Draft");
  }

  private static void runAll(BlockingQueue<Runnable> fx) {
    Runnable r;
    while ((r = fx.poll()) != null) {
      r.run();
    }
  }

  private static boolean awaitQuietly(CountDownLatch latch) {
    try {
      return latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void theThemeChoiceIsRememberedForTheNextSession() {
    assertThat(newWindow().themeProperty().get()).isEqualTo(Theme.LIGHT);

    newWindow().themeProperty().set(Theme.DARK);

    assertThat(newWindow().themeProperty().get()).isEqualTo(Theme.DARK);
  }

  private boolean recoveryOffered() {
    MainWindowViewModel probe = newWindow();
    probe.checkRecovery().join();
    return probe.recoveryOfferProperty().get() != null;
  }
}
