package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.PutIndexCommand;
import io.schemaforge.model.Index;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintNameCollisionRuleTest {
  private final ConstraintNameCollisionRule rule = new ConstraintNameCollisionRule();

  @Test
  void generatedNamesOfAnOrdinaryModelAreUnique() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String profile = f.entity("Profile");
    f.attribute(user, "email", LogicalType.STRING, b -> b.unique(true));
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.relate(user, profile, RelationshipKind.ONE_TO_ONE);
    f.relate(post, post, RelationshipKind.ONE_TO_MANY);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void twoForeignKeysWithOneColumnAreLeftToTheRulesNamingTheCause() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.relate(user, post, RelationshipKind.ONE_TO_ONE); // a second posts.user_id
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void explicitIndexNamedLikeThePrimaryKeyCollidesWithinTheEntity() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String title = f.attribute(post, "title", LogicalType.STRING);
    f.run(new PutIndexCommand(post, new Index("idx_t", "PK_POSTS", List.of(title), false)));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("constraint-name-collision");
              assertThat(d.elementId()).isEqualTo("idx_t");
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts");
              assertThat(d.message()).contains("'PK_POSTS'", "index", "Post", "primary key");
            });
  }

  @Test
  void columnListsThatJoinToTheSameNameCollide() {
    ModelFixture f = ModelFixture.postgres();
    String t = f.entity("Thing");
    String ab = f.attribute(t, "aB", LogicalType.INT);
    String c = f.attribute(t, "c", LogicalType.INT);
    String a = f.attribute(t, "a", LogicalType.INT);
    String bc = f.attribute(t, "bC", LogicalType.INT);
    f.run(new PutIndexCommand(t, new Index("idx_1", null, List.of(ab, c), false)));
    f.run(new PutIndexCommand(t, new Index("idx_2", null, List.of(a, bc), false)));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo("idx_2");
              assertThat(d.message()).contains("'ix_things_a_b_c'", "on other columns");
            });
  }

  @Test
  void duplicateIndexesAreLeftToTheDuplicateIndexRule() {
    ModelFixture f = ModelFixture.postgres();
    String t = f.entity("Thing");
    String a = f.attribute(t, "a", LogicalType.INT);
    f.run(new PutIndexCommand(t, new Index("idx_1", null, List.of(a), false)));
    f.run(new PutIndexCommand(t, new Index("idx_2", null, List.of(a), false)));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void aNameTakenInAnotherEntityIsReportedOnBothAndClearedLive() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    f.attribute(user, "email", LogicalType.STRING, b -> b.unique(true));
    String title = f.attribute(post, "title", LogicalType.STRING);
    LiveValidator live = LiveValidator.attach(f.stack(), new RuleRegistry(List.of(rule)));
    f.run(new PutIndexCommand(post, new Index("idx_t", "uq_users_email", List.of(title), false)));
    List<Diagnostic> found = live.diagnostics();
    assertThat(found).extracting(Diagnostic::entityId).containsExactlyInAnyOrder(user, post);
    assertThat(found)
        .filteredOn(d -> d.entityId().equals(user))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'uq_users_email'", "entity Post"));
    f.run(new PutIndexCommand(post, new Index("idx_t", "ix_title", List.of(title), false)));
    assertThat(live.diagnostics()).isEmpty();
  }
}
