package io.schemaforge.app.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.app.ui.MainWindowViewModel;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.rules.ReservedWordRule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemsQuickFixTest {
  @Test
  void aQuickFixIsOfferedAppliedAsOneCommandAndUndone(@TempDir Path settings) {
    MainWindowViewModel window =
        new MainWindowViewModel(Runnable::run, RuleRegistry.builtIn(), settings);
    window.open(Examples.path("blog"));
    window.document().execute(new RenameEntityCommand("ent_user", "User", "user"));
    ProblemsViewModel problems = window.problems();
    ProblemRow reserved =
        problems.rows().stream()
            .filter(
                r ->
                    r instanceof ProblemRow.Problem p
                        && p.diagnostic().ruleId().equals(ReservedWordRule.ID))
            .findFirst()
            .orElseThrow();

    assertThat(problems.quickFix(reserved))
        .hasValueSatisfying(f -> assertThat(f.label()).isEqualTo("Rename table to users"));
    assertThat(problems.applyQuickFix(reserved)).isTrue();

    assertThat(window.document().model().schema().requireEntity("ent_user").tableName())
        .isEqualTo("users");
    assertThat(problems.errorCountProperty().get()).isZero();
    window.document().undo();
    assertThat(problems.errorCountProperty().get()).isEqualTo(1);
    assertThat(problems.quickFix(problems.rows().get(0))).isEmpty();
  }
}
