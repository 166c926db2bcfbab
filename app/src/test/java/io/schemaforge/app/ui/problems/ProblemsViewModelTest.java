package io.schemaforge.app.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {
  private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
  private final List<String> revealed = new ArrayList<>();
  private final ProblemsViewModel problems = new ProblemsViewModel(diagnostics, revealed::add);

  @Test
  void groupsErrorsBeforeWarningsEachUnderAHeaderWithItsCount() {
    diagnostics.setAll(
        warning("ent_a", "w1"), error("ent_b", "e1"), warning("ent_c", "w2"), error("ent_d", "e2"));

    assertThat(problems.rows())
        .containsExactly(
            new ProblemRow.GroupHeader(Severity.ERROR, 2),
            new ProblemRow.Problem(error("ent_b", "e1")),
            new ProblemRow.Problem(error("ent_d", "e2")),
            new ProblemRow.GroupHeader(Severity.WARNING, 2),
            new ProblemRow.Problem(warning("ent_a", "w1")),
            new ProblemRow.Problem(warning("ent_c", "w2")));
    assertThat(problems.errorCountProperty().get()).isEqualTo(2);
    assertThat(problems.warningCountProperty().get()).isEqualTo(2);
    assertThat(((ProblemRow.GroupHeader) problems.rows().get(0)).text()).isEqualTo("Errors (2)");
  }

  @Test
  void anEmptySeverityHasNoHeaderAndNoProblemsMeansNoRows() {
    diagnostics.setAll(warning("ent_a", "w1"));
    assertThat(problems.rows()).first().isEqualTo(new ProblemRow.GroupHeader(Severity.WARNING, 1));

    diagnostics.clear();
    assertThat(problems.rows()).isEmpty();
    assertThat(problems.warningCountProperty().get()).isZero();
  }

  @Test
  void activatingAProblemRevealsItsEntityButHeadersAndSchemaProblemsDoNothing() {
    diagnostics.setAll(error("ent_b", "e1"), error(null, "schema-wide"));

    problems.rows().forEach(problems::activate);

    assertThat(revealed).containsExactly("ent_b");
  }

  private static Diagnostic error(String entityId, String message) {
    return new Diagnostic("rule", Severity.ERROR, entityId, entityId, "path", message);
  }

  private static Diagnostic warning(String entityId, String message) {
    return new Diagnostic("rule", Severity.WARNING, entityId, entityId, "path", message);
  }
}
