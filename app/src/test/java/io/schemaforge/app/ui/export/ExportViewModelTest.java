package io.schemaforge.app.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.app.ui.export.ExportViewModel.Phase;
import io.schemaforge.codegen.migration.Risk;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.DeleteAttributeCommand;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export flow without a window: H2 proves in-process, the executors run what they are given.
 */
class ExportViewModelTest {
  @TempDir Path project;
  @TempDir Path settings;
  private Model model;
  private final QueuedExecutor background = new QueuedExecutor();

  @BeforeEach
  void load() throws Exception {
    model = ProjectFiles.load(Examples.path("blog"));
    Files.writeString(project.resolve("pom.xml"), "<project/>\n");
  }

  private ExportViewModel viewModel() {
    ExportViewModel vm =
        new ExportViewModel(() -> model, new ExportTargets(settings), background, Runnable::run);
    vm.dialectProperty().set(Dialect.H2);
    return vm;
  }

  @Test
  void previewListsTheMigrationAndSourcesThenWritesThemAndRemembersTheTarget() throws Exception {
    ExportViewModel vm = viewModel();
    vm.targetProperty().set(project.toString());
    vm.preview();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.PLANNING);
    background.runAll();
    assertThat(vm.errorProperty().get()).isNull();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.PLANNED);
    assertThat(vm.files().get(0).kind()).isEqualTo(PreviewFile.Kind.MIGRATION);
    assertThat(vm.files())
        .filteredOn(f -> f.kind() == PreviewFile.Kind.JAVA)
        .isNotEmpty()
        .allMatch(f -> f.state() == PreviewFile.State.NEW);
    assertThat(vm.layoutText()).contains("Maven project").contains("com.example.blog");
    // Selecting the migration shows its own statements (each part's, when a change is split).
    assertThat(vm.statementsOf(vm.files().get(0)))
        .isNotEmpty()
        .isEqualTo(vm.planProperty().get().migrations().added().get(0).statements());
    assertThat(vm.canWriteBinding().get()).isTrue();
    vm.write();
    background.runAll();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.WRITTEN);
    assertThat(vm.written()).isNotEmpty().allMatch(Files::isRegularFile);
    assertThat(migrations()).hasSize(1);
    assertThat(new ExportTargets(settings).last(model.schema().id()))
        .contains(project.toAbsolutePath().normalize());
    assertThat(viewModel().targetProperty().get())
        .isEqualTo(project.toAbsolutePath().normalize().toString());
  }

  @Test
  void theOptionalCodeBoxesStartFromTheModelsSettings() {
    ExportViewModel plain = viewModel();
    assertThat(plain.withRepositoriesProperty().get()).isFalse();
    assertThat(plain.withJooqProperty().get()).isFalse();

    new CommandStack(model)
        .execute(ChangeSchemaSettingsCommand.generating(model.schema(), true, false));
    ExportViewModel repositories = viewModel();
    assertThat(repositories.withRepositoriesProperty().get()).isTrue();
    assertThat(repositories.withJooqProperty().get()).isFalse();

    new CommandStack(model)
        .execute(ChangeSchemaSettingsCommand.generating(model.schema(), false, true));
    ExportViewModel jooq = viewModel();
    assertThat(jooq.withRepositoriesProperty().get()).isFalse();
    assertThat(jooq.withJooqProperty().get()).isTrue();
  }

  @Test
  void dangerStatementsAreWrittenOnlyAfterTheUserConfirms() throws Exception {
    ExportViewModel first = viewModel();
    first.targetProperty().set(project.toString());
    first.preview();
    background.runAll();
    first.write();
    background.runAll();
    Entity user = model.schema().entities().get(0);
    String displayName = user.attributeByName("displayName").orElseThrow().id();
    new CommandStack(model).execute(new DeleteAttributeCommand(user.id(), displayName));

    ExportViewModel vm = viewModel();
    vm.preview();
    background.runAll();
    assertThat(vm.statements()).anyMatch(s -> s.risk() == Risk.DANGER);
    assertThat(vm.canWriteBinding().get()).isFalse();
    vm.write();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.PLANNED);
    vm.destructiveConfirmedProperty().set(true);
    assertThat(vm.canWriteBinding().get()).isTrue();
    vm.write();
    background.runAll();
    assertThat(vm.errorProperty().get()).isNull();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.WRITTEN);
    assertThat(migrations()).hasSize(2);
  }

  @Test
  void aCancelledPlanIsDroppedWhenItFinishes() throws Exception {
    ExportViewModel vm = viewModel();
    vm.targetProperty().set(project.toString());
    vm.preview();
    vm.cancel();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.READY);
    background.runAll();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.READY);
    assertThat(vm.files()).isEmpty();
    assertThat(vm.statusProperty().get()).contains("Cancelled");
  }

  @Test
  void aMissingTargetIsAClearErrorAndNothingIsWritten() {
    ExportViewModel vm = viewModel();
    vm.preview();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FAILED);
    assertThat(vm.errorProperty().get()).contains("Choose the project folder");
    vm.targetProperty().set(project.resolve("nowhere").toString());
    vm.preview();
    background.runAll();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FAILED);
    assertThat(vm.errorProperty().get()).contains("does not exist").contains("nowhere");
    assertThat(vm.canWriteBinding().get()).isFalse();
  }

  @Test
  void changingAnOptionAfterThePreviewAsksForANewOne() {
    ExportViewModel vm = viewModel();
    vm.targetProperty().set(project.toString());
    vm.preview();
    background.runAll();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.PLANNED);
    vm.withRepositoriesProperty().set(true);
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.READY);
    assertThat(vm.files()).isEmpty();
    assertThat(vm.canWriteBinding().get()).isFalse();
  }

  private List<Path> migrations() throws Exception {
    try (Stream<Path> s = Files.list(project.resolve("src/main/resources/db/migration"))) {
      return s.filter(p -> p.toString().endsWith(".sql")).toList();
    }
  }

  /** Holds submitted work until the test runs it, so a test can act while "planning". */
  private static final class QueuedExecutor extends AbstractExecutorService {
    private final List<Runnable> queue = new ArrayList<>();

    @Override
    public void execute(Runnable command) {
      queue.add(command);
    }

    void runAll() {
      while (!queue.isEmpty()) {
        queue.remove(0).run();
      }
    }

    @Override
    public void shutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return false;
    }

    @Override
    public boolean isTerminated() {
      return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }
}
