package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinTableRuleTest {
  private final JoinTableRule rule = new JoinTableRule();

  @Test
  void defaultJoinTablePasses() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    f.relate(post, post, RelationshipKind.MANY_TO_MANY);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void sameColumnForBothEndsIsAnError() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    String rel = f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    f.changeRelationship(
        rel, r -> r.withJoinTable(new JoinTable("posts_tags", "ref_id", "REF_ID")));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("join-table");
              assertThat(d.elementId()).isEqualTo(rel);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts_tags.REF_ID");
              assertThat(d.message())
                  .contains("'posts_tags'", "Post.tags N:M Tag.posts", "both ends");
            });
  }

  @Test
  void invalidOrBlankNamesAreErrors() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    String rel = f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    f.changeRelationship(rel, r -> r.withJoinTable(new JoinTable("posts tags", "", "9tag")));
    assertThat(RuleTesting.check(rule, f.model()))
        .extracting(Diagnostic::message)
        .hasSize(3)
        .anySatisfy(m -> assertThat(m).contains("'posts tags'", "a space"))
        .anySatisfy(m -> assertThat(m).contains("source column", "is empty"))
        .anySatisfy(m -> assertThat(m).contains("target column", "'9tag'", "digit"));
  }

  @Test
  void joinTableNamedLikeAnEntityTableCollides() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    f.entity("PostTag");
    String rel = f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    f.changeRelationship(
        rel, r -> r.withJoinTable(new JoinTable("Post_Tags", "post_id", "tag_id")));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(rel);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("Post_Tags");
              assertThat(d.message()).contains("collides with the table of entity PostTag");
            });
  }

  @Test
  void twoRelationshipsSharingAJoinTableEachReportIt() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    String user = f.entity("User");
    String a = f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    String b = f.relate(user, tag, RelationshipKind.MANY_TO_MANY);
    f.changeRelationship(b, r -> r.withJoinTable(new JoinTable("posts_tags", "user_id", "tag_id")));
    assertThat(RuleTesting.check(rule, f.model()))
        .extracting(Diagnostic::elementId)
        .containsExactlyInAnyOrder(a, b);
  }

  @Test
  void anEntityTakingAJoinTablesNameIsFoundLiveAndFreedLive() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    String other = f.entity("Label");
    f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    LiveValidator live = LiveValidator.attach(f.stack(), new RuleRegistry(List.of(rule)));
    List<Integer> counts = new ArrayList<>();
    f.run(new RenameEntityCommand(other, "Label", "posts_tags"));
    counts.add(live.diagnostics().size());
    f.run(new RenameEntityCommand(other, "Label", "labels"));
    counts.add(live.diagnostics().size());
    f.stack().undo();
    counts.add(live.diagnostics().size());
    assertThat(counts).containsExactly(1, 0, 1);
    assertThat(live.diagnostics().get(0).entityId()).isEqualTo(post);
  }
}
