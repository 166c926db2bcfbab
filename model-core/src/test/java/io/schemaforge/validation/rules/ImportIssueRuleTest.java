package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.RecordImportIssuesCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.LogicalType;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportIssueRuleTest {
  private final ImportIssueRule rule = new ImportIssueRule();
  private final ModelFixture f = ModelFixture.postgres();
  private final String user = f.entity("User");
  private final String email = f.attribute(user, "email", LogicalType.STRING, b -> b.length(100));
  private final String table = f.get(user).tableName();

  private void record(ImportIssue... issues) {
    f.run(new RecordImportIssuesCommand(List.of(issues)));
  }

  @Test
  void noIssuesNoDiagnostics() {
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void anIssueIsAWarningOnTheColumnItNames() {
    record(
        new ImportIssue(
            "imp_1", table + ".email", "src/User.java", 12, "length 255 but the column is 100"));

    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(email);
              assertThat(d.entityId()).isEqualTo(user);
              assertThat(d.path()).isEqualTo(table + ".email");
              assertThat(d.message())
                  .isEqualTo("src/User.java:12: length 255 but the column is 100");
            });
  }

  @Test
  void anIssueAboutATableLandsOnItsEntityAndOneAboutNothingOnTheSchema() {
    record(
        new ImportIssue("imp_1", table, null, 0, "table has no entity"),
        new ImportIssue("imp_2", "gone.col", "V2__x.sql", 3, "statement skipped"));

    assertThat(RuleTesting.check(rule, f.model()))
        .extracting(Diagnostic::elementId, Diagnostic::entityId, Diagnostic::path)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(user, user, table),
            org.assertj.core.groups.Tuple.tuple("imp_2", null, "gone.col"));
  }

  @Test
  void theQuickFixDismissesTheIssueAndUndoBringsItBack() {
    record(new ImportIssue("imp_1", table + ".email", "User.java", 3, "drift"));
    String withIssue = ProjectFileWriter.toJson(f.model());

    RuleTesting.applyFirstFix(rule, f);

    assertThat(f.model().schema().importIssues()).isEmpty();
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(ProjectFileWriter.toJson(f.model())).isEqualTo(withIssue);
  }

  @Test
  void theLiveValidatorFollowsDismissAndRename() {
    record(new ImportIssue("imp_1", "accounts.email", "User.java", 3, "drift"));
    LiveValidator live = LiveValidator.attach(f.stack(), new RuleRegistry(List.of(rule)));
    assertThat(live.diagnostics()).singleElement().extracting(Diagnostic::entityId).isNull();

    f.run(new RenameEntityCommand(user, "Account", "accounts"));

    assertThat(live.diagnostics())
        .singleElement()
        .extracting(Diagnostic::elementId)
        .isEqualTo(email);
    RuleTesting.applyFirstFix(rule, f);
    assertThat(live.diagnostics()).isEmpty();
  }

  @Test
  void isABuiltInWarningRule() {
    assertThat(RuleRegistry.builtIn().byId(ImportIssueRule.ID)).isPresent();
  }
}
