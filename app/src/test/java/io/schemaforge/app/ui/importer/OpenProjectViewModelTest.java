package io.schemaforge.app.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportOptions;
import io.schemaforge.codegen.importer.ImportStep;
import io.schemaforge.codegen.importer.ImportedModel;
import io.schemaforge.codegen.importer.ProjectImporter;
import io.schemaforge.codegen.importer.sql.SchemaReadResult;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Open Project view model without a window: what it asks the importer, and its outcomes. */
class OpenProjectViewModelTest {
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final List<Model> opened = new ArrayList<>();
  @TempDir Path project;

  @AfterEach
  void stop() {
    background.shutdownNow();
  }

  private OpenProjectViewModel viewModel(OpenProjectViewModel.Importer importer) {
    return new OpenProjectViewModel(importer, background, Runnable::run, opened::add);
  }

  private void awaitBackground() throws InterruptedException {
    background.shutdown();
    assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void passesTheFolderDialectAndServerToTheImporter() throws Exception {
    AtomicReference<ImportOptions> asked = new AtomicReference<>();
    OpenProjectViewModel vm =
        viewModel(
            (o, progress) -> {
              asked.set(o);
              throw new ImportException("no scripts found in " + o.paths().get(0));
            });
    vm.folderProperty().set("  " + project + "  ");
    vm.dialectProperty().set(Dialect.MARIADB);
    vm.jdbcUrlProperty().set("jdbc:mariadb://127.0.0.1:3306/");
    vm.jdbcUserProperty().set("root");
    vm.importProject();
    awaitBackground();

    ImportOptions o = asked.get();
    assertThat(o.paths()).containsExactly(project.toAbsolutePath().normalize());
    assertThat(o.dialect()).isEqualTo(Dialect.MARIADB);
    assertThat(o.jdbc().url()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/");
    assertThat(o.jdbc().user()).isEqualTo("root");
    assertThat(o.jdbc().password()).isNull();
    assertThat(o.modelName()).isEqualTo(project.getFileName().toString());
    // The importer's refusal is the dialog's message; nothing is opened.
    assertThat(vm.phaseProperty().get()).isEqualTo(OpenProjectViewModel.Phase.FAILED);
    assertThat(vm.errorProperty().get()).isEqualTo("no scripts found in " + o.paths().get(0));
    assertThat(opened).isEmpty();
  }

  @Test
  void refusesAMissingFolderOrAUserWithoutUrlWithoutCallingTheImporter() {
    List<ImportOptions> calls = new ArrayList<>();
    OpenProjectViewModel vm =
        viewModel(
            (o, progress) -> {
              calls.add(o);
              throw new ImportException("unexpected");
            });
    vm.importProject();
    assertThat(vm.errorProperty().get()).startsWith("Choose the project folder");

    Path missing = project.resolve("gone");
    vm.folderProperty().set(missing.toString());
    vm.importProject();
    assertThat(vm.errorProperty().get()).isEqualTo(missing + " does not exist.");

    vm.folderProperty().set(project.toString());
    vm.jdbcUserProperty().set("root");
    vm.importProject();
    assertThat(vm.errorProperty().get()).contains("needs a JDBC URL");
    assertThat(calls).isEmpty();
    assertThat(vm.phaseProperty().get()).isEqualTo(OpenProjectViewModel.Phase.FAILED);
  }

  @Test
  void anImportWithoutTablesFailsAndListsTheFindingsThatSayWhy() throws Exception {
    ImportFinding broken =
        new ImportFinding(
            ImportFinding.Severity.ERROR, "V1__init.sql", 3, null, "syntax error at \"TABEL\"");
    OpenProjectViewModel vm =
        viewModel(
            (o, progress) ->
                new ProjectImporter.Result(
                    new ImportedModel(
                        Model.empty("p", Dialect.POSTGRES, "com.example"), List.of(broken)),
                    new SchemaReadResult(
                        DbSchema.EMPTY, Dialect.POSTGRES, List.of(broken), List.of()),
                    null));
    vm.folderProperty().set(project.toString());
    vm.importProject();
    awaitBackground();

    assertThat(vm.phaseProperty().get()).isEqualTo(OpenProjectViewModel.Phase.FAILED);
    assertThat(vm.errorProperty().get()).startsWith("Nothing imported").contains("errors below");
    assertThat(vm.findings()).containsExactly(broken);
    assertThat(OpenProjectViewModel.describe(vm.findings().get(0)))
        .isEqualTo("ERROR  V1__init.sql:3: syntax error at \"TABEL\"");
    assertThat(opened).isEmpty();
  }

  @Test
  void aCancelledImportChangesNothingEvenWhenItFinishesLater() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    OpenProjectViewModel vm =
        viewModel(
            (o, progress) -> {
              started.countDown();
              // Like a JDBC call, the import does not stop when interrupted.
              while (release.getCount() > 0) {
                try {
                  release.await();
                } catch (InterruptedException ignored) {
                  // keep waiting
                }
              }
              throw new ImportException("late failure");
            });
    vm.folderProperty().set(project.toString());
    vm.importProject();
    assertThat(vm.phaseProperty().get()).isEqualTo(OpenProjectViewModel.Phase.IMPORTING);
    assertThat(vm.statusProperty().get()).contains(project.toString()).contains("detecting");
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    vm.cancel();
    release.countDown();
    awaitBackground();

    assertThat(vm.phaseProperty().get()).isEqualTo(OpenProjectViewModel.Phase.IDLE);
    assertThat(vm.errorProperty().get()).isNull();
    assertThat(vm.statusProperty().get()).startsWith("Import cancelled");
    assertThat(opened).isEmpty();
  }

  @Test
  void theImportersStepsBecomeTheStatusAndTheProgressUntilItEnds() throws Exception {
    List<String> statuses = new ArrayList<>();
    List<Double> fractions = new ArrayList<>();
    OpenProjectViewModel vm =
        viewModel(
            (o, progress) -> {
              progress.step(ImportStep.of(ImportStep.Phase.READING_FILES, "Reading the files"));
              progress.step(
                  new ImportStep(ImportStep.Phase.REPLAYING, "Replaying V2__b.sql (2 of 4)", 1, 4));
              throw new ImportException("stopped after two steps");
            });
    vm.statusProperty().addListener((obs, old, now) -> statuses.add(now));
    vm.progressProperty().addListener((obs, old, now) -> fractions.add(now.doubleValue()));
    vm.folderProperty().set(project.toString());
    vm.importProject();
    awaitBackground();

    assertThat(statuses)
        .contains("Reading the files…", "Replaying V2__b.sql (2 of 4)…")
        .last()
        .isEqualTo("Nothing was changed in the window.");
    assertThat(fractions).contains(0.25);
    assertThat(vm.errorProperty().get()).isEqualTo("stopped after two steps");
  }

  @Test
  void stepsOfACancelledImportDoNotOverwriteTheCancelledStatus() throws Exception {
    CountDownLatch cancelled = new CountDownLatch(1);
    OpenProjectViewModel vm =
        viewModel(
            (o, progress) -> {
              try {
                cancelled.await();
              } catch (InterruptedException e) {
                // interrupted by Cancel; report a step anyway, as a busy importer would
              }
              progress.step(ImportStep.of(ImportStep.Phase.READING_CATALOG, "Late step"));
              throw new ImportException("late");
            });
    vm.folderProperty().set(project.toString());
    vm.importProject();
    vm.cancel();
    cancelled.countDown();
    awaitBackground();

    assertThat(vm.statusProperty().get()).startsWith("Import cancelled");
    assertThat(vm.phaseProperty().get()).isEqualTo(OpenProjectViewModel.Phase.IDLE);
  }
}
