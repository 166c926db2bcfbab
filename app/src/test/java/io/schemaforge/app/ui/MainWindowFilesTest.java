package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertThat(window.save()).isFalse(); // untitled: the window must ask for a file

    assertThat(window.saveAs(work.resolve("shop"))).isTrue();

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
    next.checkRecovery();
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
    next.checkRecovery();
    next.recover();
    assertThat(ProjectFileWriter.toJson(next.document().model())).isEqualTo(atAutosave);
  }

  @Test
  void savingOrDiscardingRemovesTheRecoveryCopy() {
    MainWindowViewModel window = newWindow();
    window.document().execute(AddEntityCommand.withIdKey("Draft", 0, 0));
    window.autosave();
    assertThat(recoveryOffered()).isTrue();

    window.saveAs(work.resolve("draft"));
    assertThat(recoveryOffered()).isFalse();

    window.document().execute(AddEntityCommand.withIdKey("Other", 0, 300));
    window.autosave();
    MainWindowViewModel next = newWindow();
    next.checkRecovery();
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
  void theThemeChoiceIsRememberedForTheNextSession() {
    assertThat(newWindow().themeProperty().get()).isEqualTo(Theme.LIGHT);

    newWindow().themeProperty().set(Theme.DARK);

    assertThat(newWindow().themeProperty().get()).isEqualTo(Theme.DARK);
  }

  private boolean recoveryOffered() {
    MainWindowViewModel probe = newWindow();
    probe.checkRecovery();
    return probe.recoveryOfferProperty().get() != null;
  }
}
