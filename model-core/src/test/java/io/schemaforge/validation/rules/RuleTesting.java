package io.schemaforge.validation.rules;

import io.schemaforge.model.Model;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Rule;
import io.schemaforge.validation.RuleRegistry;
import java.util.List;
import java.util.Optional;

/** Runs one rule alone over a fixture's model, the way the live validator runs it. */
final class RuleTesting {
  private RuleTesting() {}

  static List<Diagnostic> check(Rule rule, Model model) {
    return LiveValidator.validate(model, new RuleRegistry(List.of(rule)));
  }

  /** Applies the rule's quick fix for the first diagnostic through the fixture's command stack. */
  static QuickFix applyFirstFix(Rule rule, ModelFixture f) {
    Diagnostic d = check(rule, f.model()).get(0);
    Optional<QuickFix> fix = rule.quickFix(d, f.model());
    QuickFix q = fix.orElseThrow(() -> new AssertionError("no quick fix for " + d));
    f.run(q.command());
    return q;
  }
}
