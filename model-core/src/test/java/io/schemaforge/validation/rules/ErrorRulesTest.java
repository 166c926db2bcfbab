package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.DeleteRelationshipCommand;
import io.schemaforge.command.PutIndexCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.command.SetTraitCommand;
import io.schemaforge.model.Index;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Trait;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.Rule;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorRulesTest {
  private final RuleRegistry registry = new RuleRegistry(ErrorRules.all());

  @Test
  void everyErrorRuleHasAStableKebabCaseIdAndADescription() {
    assertThat(ErrorRules.all())
        .hasSizeGreaterThanOrEqualTo(18)
        .allSatisfy(
            r -> {
              assertThat(r.id()).matches("[a-z]+(-[a-z]+)*");
              assertThat(r.severity()).isEqualTo(Severity.ERROR);
              assertThat(r.description()).isNotBlank().doesNotContain("\n");
            })
        .extracting(Rule::id)
        .contains("missing-primary-key", "reserved-word")
        .doesNotHaveDuplicates();
  }

  @Test
  void aFreshDesignHasNoErrors() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    f.attribute(user, "email", LogicalType.STRING, b -> b.length(320).unique(true));
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    f.relate(post, post, RelationshipKind.ONE_TO_MANY);
    f.relate(user, f.entity("Profile"), RelationshipKind.ONE_TO_ONE);
    assertThat(LiveValidator.validate(f.model(), registry)).isEmpty();
  }

  /**
   * The live validator re-checks only what an edit can affect; after every edit (and undo) its
   * diagnostics must equal those of validating the whole model from scratch.
   */
  @Test
  void liveDiagnosticsEqualAFullValidationAfterEveryEdit() {
    ModelFixture f = ModelFixture.postgres();
    LiveValidator live = LiveValidator.attach(f.stack(), registry);
    String user = f.entity("User");
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    String label = f.entity("Label");
    agree(f, live);
    String email = f.attribute(user, "email", LogicalType.STRING, b -> b.unique(true));
    String owns = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    String tags = f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    String labels = f.relate(user, label, RelationshipKind.MANY_TO_MANY);
    agree(f, live);
    f.run(new RenameEntityCommand(label, "Label", "posts_tags")); // an entity takes a join table
    agree(f, live);
    f.changeRelationship(labels, r -> r.withJoinTable(new JoinTable("posts_tags", "a", "b")));
    agree(f, live);
    f.run(new RenameEntityCommand(tag, "user", "users")); // table and class name clashes
    agree(f, live);
    f.run(
        new PutIndexCommand(
            post, new Index("idx_e", "uq_users_email", List.of(post + "_none"), false)));
    agree(f, live);
    f.relate(user, post, RelationshipKind.ONE_TO_MANY); // navigation and FK column clash
    agree(f, live);
    f.changeRelationship(owns, r -> r.withRequired(true));
    String back = f.relate(post, user, RelationshipKind.ONE_TO_ONE);
    agree(f, live);
    f.changeRelationship(back, r -> r.withRequired(true)); // a required cycle
    assertThat(live.diagnostics())
        .anySatisfy(d -> assertThat(d.ruleId()).isEqualTo(RequiredForeignKeyCycleRule.ID));
    agree(f, live);
    f.change(user, email, b -> b.columnName("e-mail").defaultValue("x").type(LogicalType.INT));
    f.run(new SetTraitCommand(post, Trait.VERSION, true));
    f.attribute(post, "version", LogicalType.INT);
    agree(f, live);
    f.run(new DeleteRelationshipCommand(tags));
    agree(f, live);
    while (f.stack().canUndo()) {
      f.stack().undo();
      agree(f, live);
    }
    while (f.stack().canRedo()) {
      f.stack().redo();
      agree(f, live);
    }
    assertThat(live.errorCount()).isEqualTo(live.diagnostics().size());
  }

  private void agree(ModelFixture f, LiveValidator live) {
    assertThat(live.diagnostics())
        .containsExactlyInAnyOrderElementsOf(LiveValidator.validate(f.model(), registry));
  }

  @Test
  void atLeastFourRulesOfferQuickFixes() {
    assertThat(ErrorRules.all())
        .filteredOn(ErrorRulesTest::overridesQuickFix)
        .hasSizeGreaterThanOrEqualTo(4);
  }

  private static boolean overridesQuickFix(Rule rule) {
    try {
      rule.getClass().getDeclaredMethod("quickFix", Diagnostic.class, Model.class);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
