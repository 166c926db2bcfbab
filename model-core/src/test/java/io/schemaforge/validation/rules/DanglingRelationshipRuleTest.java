package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.PutIndexCommand;
import io.schemaforge.model.Index;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DanglingRelationshipRuleTest {
  private final DanglingRelationshipRule rule = new DanglingRelationshipRule();

  @Test
  void relationshipsMadeByCommandsAreWhole() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    f.relate(post, post, RelationshipKind.ONE_TO_ONE);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void sourceWithoutPrimaryKeyHasNothingToReference() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    String id = f.get(user).primaryKey().get(0).id();
    f.change(user, id, b -> b.primaryKey(false));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("dangling-relationship");
              assertThat(d.elementId()).isEqualTo(rel);
              assertThat(d.entityId()).isEqualTo(user);
              assertThat(d.path()).isEqualTo("users");
              assertThat(d.message()).contains("User.posts 1:N Post.user", "no primary key");
            });
  }

  @Test
  void foreignKeyIdThatNoLongerNamesAnAttributeIsAnError() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    // A snapshot of Post taken before the relationship, put back after it: what a damaged
    // project file could hold.
    PutIndexCommand early = new PutIndexCommand(post, new Index("idx_x", null, List.of(), false));
    early.execute(f.model());
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    early.undo(f.model());
    String fk = f.relationship(rel).foreignKeyAttributeIds().get(0);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts");
              assertThat(d.message()).contains(fk, "no longer exists in Post");
            });
  }

  @Test
  void foreignKeysMustMatchACompositeKeyColumnForColumn() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    f.attribute(user, "tenantId", LogicalType.BIGINT, b -> b.primaryKey(true).nullable(false));
    String post = f.entity("Post");
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("1 foreign-key column", "has 2"));
  }

  @Test
  void manyToManyNeedsKeysOnBothEnds() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String tag = f.bareEntity("Tag");
    String rel = f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(rel);
              assertThat(d.entityId()).isEqualTo(tag);
              assertThat(d.message()).contains("references Tag");
            });
  }
}
