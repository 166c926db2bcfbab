package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.ChangeSet;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CascadeChainRuleTest {
  private final CascadeChainRule rule = new CascadeChainRule();
  private final ModelFixture f = ModelFixture.postgres();
  private final String user = f.entity("User");
  private final String post = f.entity("Post");
  private final String comment = f.entity("Comment");
  private final String userPosts = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
  private final String postComments = f.relate(post, comment, RelationshipKind.ONE_TO_MANY);

  private void cascade(String relationshipId) {
    f.changeRelationship(relationshipId, r -> r.withOnDelete(OnDelete.CASCADE));
  }

  @Test
  void singleHopCascadesPass() {
    cascade(userPosts);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void twoHopChainIsWarnedOnceOnTheRelationshipContinuingIt() {
    cascade(userPosts);
    cascade(postComments);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("cascade-chain");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(postComments);
              assertThat(d.entityId()).isEqualTo(comment);
              assertThat(d.path()).isEqualTo("comments.post_id");
              assertThat(d.message())
                  .contains("deleting a User")
                  .contains("Post rows")
                  .contains("Comment rows");
            });
  }

  @Test
  void chainBrokenInTheMiddlePasses() {
    cascade(userPosts);
    cascade(postComments);
    f.changeRelationship(userPosts, r -> r.withOnDelete(OnDelete.RESTRICT));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void longerChainsReportEachRelationshipPastTheFirstHop() {
    String like = f.entity("Like");
    String commentLikes = f.relate(comment, like, RelationshipKind.ONE_TO_MANY);
    cascade(userPosts);
    cascade(postComments);
    cascade(commentLikes);
    assertThat(RuleTesting.check(rule, f.model()))
        .extracting(Diagnostic::elementId)
        .containsExactlyInAnyOrder(postComments, commentLikes);
  }

  @Test
  void cascadingSelfReferenceIsARecursiveChain() {
    String category = f.entity("Category");
    String tree = f.relate(category, category, RelationshipKind.ONE_TO_MANY);
    cascade(tree);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(tree);
              assertThat(d.message()).contains("recursive");
            });
  }

  @Test
  void cascadeCycleIsReportedWithoutLoopingForever() {
    String back = f.relate(comment, user, RelationshipKind.ONE_TO_MANY);
    cascade(userPosts);
    cascade(postComments);
    cascade(back);
    assertThat(RuleTesting.check(rule, f.model()))
        .extracting(Diagnostic::elementId)
        .containsExactlyInAnyOrder(userPosts, postComments, back);
  }

  @Test
  void manyToManyCascadeDeletesJoinRowsOnlyAndIsNoHop() {
    String tag = f.entity("Tag");
    String postTags = f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    cascade(userPosts);
    cascade(postTags);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void onlyRelationshipChangesAndCascadeEndsConcernIt() {
    String tag = f.entity("Tag");
    cascade(userPosts);
    ValidationContext context = new ValidationContext(f.model());
    assertThat(rule.affectedBy(ChangeSet.entity(tag), context)).isFalse();
    assertThat(rule.affectedBy(ChangeSet.entity(user), context)).isTrue();
    assertThat(
            rule.affectedBy(
                new ChangeSet(Set.of(), Set.of(postComments), Set.of(), false, false), context))
        .isTrue();
  }

  @Test
  void liveValidatorFollowsChangesAndRenames() {
    LiveValidator live = LiveValidator.attach(f.stack(), new RuleRegistry(List.of(rule)));
    cascade(userPosts);
    assertThat(live.diagnostics()).isEmpty();
    cascade(postComments);
    assertThat(live.diagnostics()).hasSize(1);
    f.run(new RenameEntityCommand(user, "Member", "members"));
    assertThat(live.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("deleting a Member"));
    f.stack().undo();
    f.stack().undo();
    assertThat(live.diagnostics()).isEmpty();
  }

  @Test
  void quickFixRestrictsTheContinuingRelationshipAndIsUndoable() {
    cascade(userPosts);
    cascade(postComments);
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Change ON DELETE to RESTRICT");
    assertThat(f.relationship(postComments).onDelete()).isEqualTo(OnDelete.RESTRICT);
    assertThat(f.relationship(userPosts).onDelete()).isEqualTo(OnDelete.CASCADE);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
