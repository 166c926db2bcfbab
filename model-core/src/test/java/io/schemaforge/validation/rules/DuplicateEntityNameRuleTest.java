package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateEntityNameRuleTest {
  private final DuplicateEntityNameRule rule = new DuplicateEntityNameRule();

  @Test
  void distinctClassNamesPass() {
    ModelFixture f = ModelFixture.postgres();
    f.entity("Post");
    f.entity("Comment");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void classNamesEqualIgnoringCaseAreAnErrorOnEach() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String other = f.entity("Article");
    f.run(new RenameEntityCommand(other, "POST", "articles"));
    List<Diagnostic> found = RuleTesting.check(rule, f.model());
    assertThat(found).extracting(Diagnostic::elementId).containsExactlyInAnyOrder(post, other);
    assertThat(found)
        .filteredOn(d -> d.elementId().equals(other))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("duplicate-entity-name");
              assertThat(d.path()).isEqualTo("articles");
              assertThat(d.message()).contains("POST", "entity Post");
            });
  }

  @Test
  void renamingTheSecondEntityClearsTheFirstLive() {
    ModelFixture f = ModelFixture.postgres();
    f.entity("Post");
    String other = f.entity("Article");
    LiveValidator live = LiveValidator.attach(f.stack(), new RuleRegistry(List.of(rule)));
    f.run(new RenameEntityCommand(other, "post", null));
    assertThat(live.diagnostics()).hasSize(2);
    f.run(new RenameEntityCommand(other, "Article", null));
    assertThat(live.diagnostics()).isEmpty();
  }
}
