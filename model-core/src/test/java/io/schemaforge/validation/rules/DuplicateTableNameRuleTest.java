package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateTableNameRuleTest {
  private final DuplicateTableNameRule rule = new DuplicateTableNameRule();

  @Test
  void entitiesWithDifferentTablesPass() {
    ModelFixture f = ModelFixture.postgres();
    f.entity("User");
    f.entity("Member");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void tablesThatDifferOnlyInCaseClashOnBothEntities() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String member = f.entity("Member");
    f.run(new RenameEntityCommand(member, "Member", "Users"));
    List<Diagnostic> found = RuleTesting.check(rule, f.model());
    assertThat(found).extracting(Diagnostic::elementId).containsExactlyInAnyOrder(user, member);
    assertThat(found)
        .filteredOn(d -> d.elementId().equals(member))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("duplicate-table-name");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.entityId()).isEqualTo(member);
              assertThat(d.path()).isEqualTo("Users");
              assertThat(d.message()).contains("'Users'", "Member", "entity User", "postgres");
            });
  }

  @Test
  void renamingOneTableAwayClearsBothDiagnosticsLive() {
    ModelFixture f = ModelFixture.postgres();
    f.entity("User");
    String member = f.entity("Member");
    LiveValidator live = LiveValidator.attach(f.stack(), new RuleRegistry(List.of(rule)));
    f.run(new RenameEntityCommand(member, "Member", "users"));
    assertThat(live.diagnostics()).hasSize(2);
    f.run(new RenameEntityCommand(member, "Member", "members"));
    assertThat(live.diagnostics()).isEmpty();
    f.stack().undo();
    assertThat(live.diagnostics()).hasSize(2);
  }
}
