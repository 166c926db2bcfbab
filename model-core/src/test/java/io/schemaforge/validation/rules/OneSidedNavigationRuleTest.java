package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Severity;
import org.junit.jupiter.api.Test;

class OneSidedNavigationRuleTest {
  private final OneSidedNavigationRule rule = new OneSidedNavigationRule();
  private final ModelFixture f = ModelFixture.postgres();
  private final String user = f.entity("User");
  private final String post = f.entity("Post");

  @Test
  void relationshipNavigableFromBothSidesPasses() {
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void relationshipWithoutSourcePropertyIsWarnedOnTheEntityLackingIt() {
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(rel, r -> r.withNavigation(null, "author"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("one-sided-navigation");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(rel);
              assertThat(d.entityId()).isEqualTo(user);
              assertThat(d.path()).isEqualTo("users");
              assertThat(d.message()).contains("Post.author").contains("User has no property");
            });
  }

  @Test
  void blankTargetPropertyCountsAsMissing() {
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(rel, r -> r.withNavigation("posts", " "));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(d -> assertThat(d.entityId()).isEqualTo(post));
  }

  @Test
  void quickFixAddsTheDefaultNameAndUndoBringsTheWarningBack() {
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(rel, r -> r.withNavigation(null, "author"));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Add property User.posts");
    assertThat(f.relationship(rel).sourceNavigation()).isEqualTo("posts");
    assertThat(f.relationship(rel).targetNavigation()).isEqualTo("author");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.relationship(rel).sourceNavigation()).isNull();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void quickFixAvoidsANameTheEntityAlreadyUses() {
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.attribute(post, "user", LogicalType.STRING);
    f.changeRelationship(rel, r -> r.withNavigation("posts", null));
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.relationship(rel).targetNavigation()).isEqualTo("user2");
  }

  @Test
  void selfReferenceGetsParentAndChildrenNames() {
    String category = f.entity("Category");
    String rel = f.relate(category, category, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(rel, r -> r.withNavigation("children", null));
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.relationship(rel).targetNavigation()).isEqualTo("parent");
  }
}
