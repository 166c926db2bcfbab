package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ForeignKeyTypeMismatchRuleTest {
  private final ForeignKeyTypeMismatchRule rule = new ForeignKeyTypeMismatchRule();

  @Test
  void foreignKeyCreatedByTheRelationshipMatchesItsKey() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void changingTheKeysTypeCarriesTheForeignKeyAlong() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    f.relate(user, post, RelationshipKind.ONE_TO_ONE);
    String id = f.get(user).primaryKey().get(0).id();
    f.change(user, id, b -> b.type(LogicalType.STRING).length(36).identity(false));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void foreignKeyOfAnotherTypeIsAnErrorOnTheForeignKey() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    String fk = f.relationship(rel).foreignKeyAttributeIds().get(0);
    f.change(post, fk, b -> b.type(LogicalType.INT));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("foreign-key-type-mismatch");
              assertThat(d.elementId()).isEqualTo(fk);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts.user_id");
              assertThat(d.message()).contains("Post.userId", "int", "User.id", "bigint");
            });
  }

  @Test
  void differentLengthOfAStringKeyIsAMismatch() {
    ModelFixture f = ModelFixture.postgres();
    String country = f.entity("Country");
    String id = f.get(country).primaryKey().get(0).id();
    f.change(country, id, b -> b.type(LogicalType.STRING).length(2).identity(false));
    String city = f.entity("City");
    String rel = f.relate(country, city, RelationshipKind.ONE_TO_MANY);
    String fk = f.relationship(rel).foreignKeyAttributeIds().get(0);
    f.change(city, fk, b -> b.length(3));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("string(3)", "string(2)"));
  }

  @Test
  void quickFixGivesTheForeignKeyTheKeysTypeAndUndoRestoresTheMismatch() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    String fk = f.relationship(rel).foreignKeyAttributeIds().get(0);
    f.change(post, fk, b -> b.type(LogicalType.DECIMAL).precision(10).scale(2));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Change userId to bigint");
    assertThat(f.attr(post, fk).type()).isEqualTo(LogicalType.BIGINT);
    assertThat(f.attr(post, fk).precision()).isNull();
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
