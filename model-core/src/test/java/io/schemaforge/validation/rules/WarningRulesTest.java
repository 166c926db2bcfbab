package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.validation.Rule;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import org.junit.jupiter.api.Test;

class WarningRulesTest {

  @Test
  void everyWarningRuleHasAStableKebabCaseIdAndWarningSeverity() {
    assertThat(WarningRules.all())
        .extracting(Rule::id)
        .containsExactly(
            "unindexed-foreign-key",
            "string-without-length",
            "one-sided-navigation",
            "naming-convention",
            "unmarked-sensitive",
            "floating-point-money",
            "timestamp-without-time-zone",
            "cascade-chain",
            "nullable-boolean",
            "nullable-unique-column",
            "system-table-name",
            "import-finding")
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    assertThat(WarningRules.all()).allMatch(r -> r.severity() == Severity.WARNING);
    assertThat(WarningRules.all()).allMatch(r -> !r.description().isBlank());
  }

  @Test
  void builtInRegistryHoldsEveryWarningRule() {
    RuleRegistry registry = RuleRegistry.builtIn();
    for (Rule r : WarningRules.all()) {
      assertThat(registry.byId(r.id())).isPresent();
    }
  }
}
