package io.schemaforge.app.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.Origin;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.rules.ReservedWordRule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentViewModelTest {
  private final List<Runnable> queued = new ArrayList<>();
  private DocumentViewModel document;

  @BeforeEach
  void openBlog() throws Exception {
    document = new DocumentViewModel(Runnable::run, RuleRegistry.builtIn());
    document.open(ProjectFiles.load(Examples.path("blog")), Examples.path("blog"));
  }

  @Test
  void opensCleanWithTheModelsCounts() {
    assertThat(document.entityCountProperty().get()).isEqualTo(4);
    assertThat(document.errorCountProperty().get()).isZero();
    assertThat(document.dirtyProperty().get()).isFalse();
    assertThat(document.canUndoProperty().get()).isFalse();
    assertThat(document.fileProperty().get()).isEqualTo(Examples.path("blog"));
  }

  @Test
  void aRecoveredModelSavedFromASnapshotStaysDirtyForEditsMadeMeanwhile() throws Exception {
    document.openRecovered(ProjectFiles.load(Examples.path("shop")), null);
    DocumentViewModel.ToSave toSave = document.toSave();
    document.execute(new RenameEntityCommand("ent_customer", "Client", "clients"));

    assertThat(document.markSaved(toSave, Examples.path("shop"))).isTrue();

    assertThat(document.fileProperty().get()).isEqualTo(Examples.path("shop"));
    assertThat(document.dirtyProperty().get()).isTrue();
    assertThat(toSave.snapshot().schema().requireEntity("ent_customer").name())
        .isEqualTo("Customer");
    document.undo();
    assertThat(document.dirtyProperty().get()).isFalse();
  }

  @Test
  void aSnapshotOfAModelSinceReplacedMarksNothing() {
    DocumentViewModel.ToSave ofBlog = document.toSave();
    document.execute(new RenameEntityCommand("ent_user", "Member", "members"));
    document.openRecovered(DocumentViewModel.emptyModel(), null);

    assertThat(document.markSaved(ofBlog, Examples.path("blog"))).isFalse();

    assertThat(document.dirtyProperty().get()).isTrue();
    assertThat(document.fileProperty().get()).isNull();
  }

  @Test
  void aChangeThroughTheStackUpdatesDiagnosticsDirtyFlagAndUndoText() {
    long revision = document.revisionProperty().get();

    document.execute(new RenameEntityCommand("ent_user", "User", "user"));

    assertThat(document.errorCountProperty().get()).isEqualTo(1);
    assertThat(document.diagnostics())
        .filteredOn(d -> d.ruleId().equals(ReservedWordRule.ID))
        .singleElement()
        .satisfies(d -> assertThat(d.entityId()).isEqualTo("ent_user"));
    assertThat(document.dirtyProperty().get()).isTrue();
    assertThat(document.undoTextProperty().get()).isEqualTo("Undo Rename entity User");
    assertThat(document.revisionProperty().get()).isGreaterThan(revision);
    assertThat(document.lastChangeProperty().get().origin()).isEqualTo(Origin.EXECUTE);

    document.undo();

    assertThat(document.diagnostics()).isEmpty();
    assertThat(document.dirtyProperty().get()).isFalse();
    assertThat(document.canRedoProperty().get()).isTrue();
    assertThat(document.lastChangeProperty().get().origin()).isEqualTo(Origin.UNDO);
  }

  @Test
  void movingACardDoesNotRebuildTheProblemList() {
    List<Object> rebuilds = new ArrayList<>();
    document
        .diagnostics()
        .addListener((javafx.collections.ListChangeListener<Object>) rebuilds::add);

    document.execute(io.schemaforge.command.MoveEntitiesCommand.single("ent_user", 500, 500));
    assertThat(rebuilds).isEmpty();
    assertThat(document.dirtyProperty().get()).isTrue();

    document.execute(new RenameEntityCommand("ent_user", "User", "user"));
    assertThat(rebuilds).isNotEmpty();
  }

  @Test
  void anUncheckedModelIsShownAtOnceWithoutDiagnostics() throws Exception {
    var check = new CompletableFuture<LiveValidator>();
    var flawed = flawedBlog();

    document.openUnchecked(flawed, null, check);

    assertThat(document.model()).isSameAs(flawed);
    assertThat(document.entityCountProperty().get()).isEqualTo(4);
    assertThat(document.checkingProperty().get()).isTrue();
    assertThat(document.diagnostics()).isEmpty();
    assertThat(document.validator().diagnosticsOf("ent_user")).isEmpty();

    check.complete(DocumentViewModel.check(flawed, RuleRegistry.builtIn()));

    assertThat(document.checkingProperty().get()).isFalse();
    assertThat(document.errorCountProperty().get()).isEqualTo(1);
    assertThat(document.validator().diagnosticsOf("ent_user")).isNotEmpty();
  }

  @Test
  void anEditWaitsForTheCheckAndTheValidatorFollowsIt() throws Exception {
    // A queue for the FX thread, as the real one: with a direct executor the check's completion
    // would take the check over on the checker thread, racing the edit's own take-over.
    var fxQueue = new ConcurrentLinkedQueue<Runnable>();
    DocumentViewModel document = new DocumentViewModel(fxQueue::add, RuleRegistry.builtIn());
    var check = new CompletableFuture<LiveValidator>();
    var flawed = flawedBlog();
    document.openUnchecked(flawed, null, check);
    Thread checker =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              check.complete(DocumentViewModel.check(flawed, RuleRegistry.builtIn()));
            });
    checker.start();

    // Repairs the reserved word the file has: only right if the check saw the model before it.
    document.execute(new RenameEntityCommand("ent_user", "Member", "member"));

    assertThat(check).isDone();
    assertThat(document.checkingProperty().get()).isFalse();
    assertThat(document.model().schema().entity("ent_user").orElseThrow().name())
        .isEqualTo("Member");
    assertThat(document.validator().diagnostics())
        .isEqualTo(LiveValidator.validate(flawed, RuleRegistry.builtIn()));
    checker.join();
    for (Runnable r; (r = fxQueue.poll()) != null; ) {
      r.run();
    }
    assertThat(document.checkingProperty().get()).isFalse();
    assertThat(document.errorCountProperty().get()).isZero();
  }

  @Test
  void aCheckOfAModelNoLongerOpenIsIgnored() throws Exception {
    var check = new CompletableFuture<LiveValidator>();
    var flawed = flawedBlog();
    document.openUnchecked(flawed, null, check);
    document.open(ProjectFiles.load(Examples.path("blog")), Examples.path("blog"));

    check.complete(DocumentViewModel.check(flawed, RuleRegistry.builtIn()));

    assertThat(document.checkingProperty().get()).isFalse();
    assertThat(document.errorCountProperty().get()).isZero();
  }

  /** The blog model with one error: its user entity named with a reserved word. */
  private static Model flawedBlog() throws Exception {
    var m = ProjectFiles.load(Examples.path("blog"));
    new CommandStack(m).execute(new RenameEntityCommand("ent_user", "User", "user"));
    return m;
  }

  @Test
  void changesFromAnotherThreadArePublishedThroughTheFxExecutor() throws Exception {
    DocumentViewModel queuing = new DocumentViewModel(queued::add, RuleRegistry.builtIn());
    queuing.open(ProjectFiles.load(Examples.path("blog")), null);

    queuing.stack().execute(new RenameEntityCommand("ent_user", "User", "user"));

    assertThat(queuing.errorCountProperty().get()).as("not before the FX thread runs").isZero();
    queued.forEach(Runnable::run);
    assertThat(queuing.errorCountProperty().get()).isEqualTo(1);
  }

  @Test
  void anEventQueuedBeforeAnotherOpenIsDropped() throws Exception {
    DocumentViewModel queuing = new DocumentViewModel(queued::add, RuleRegistry.builtIn());
    queuing.open(ProjectFiles.load(Examples.path("blog")), null);
    queuing.stack().execute(new RenameEntityCommand("ent_user", "User", "user"));

    queuing.open(DocumentViewModel.emptyModel(), null);
    queued.forEach(Runnable::run);

    assertThat(queuing.errorCountProperty().get()).isZero();
    assertThat(queuing.lastChangeProperty().get()).isNull();
  }
}
