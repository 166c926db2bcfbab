package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationCollisionRuleTest {
  private final NavigationCollisionRule rule = new NavigationCollisionRule();

  @Test
  void distinctNavigationNamesPass() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String a = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(a, r -> r.withNavigation("authoredPosts", "author"));
    String fk = f.relationship(a).foreignKeyAttributeIds().get(0);
    f.change(post, fk, b -> b.name("authorId").columnName("author_id"));
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.relate(post, post, RelationshipKind.MANY_TO_MANY);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void renamingANavigationDoesNotRenameItsForeignKeyColumn() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String a = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(a, r -> r.withNavigation("authoredPosts", "author"));
    String b = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(b);
              assertThat(d.path()).isEqualTo("posts.user_id");
              assertThat(d.message())
                  .isEqualTo(
                      "Relationships User.authoredPosts 1:N Post.author and User.posts 1:N"
                          + " Post.user both write foreign-key column posts.user_id.");
            });
  }

  @Test
  void twoDefaultRelationshipsBetweenTheSameEntitiesCollideOnBothSides() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    String second = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    List<Diagnostic> found = RuleTesting.check(rule, f.model());
    assertThat(found).extracting(Diagnostic::elementId).containsOnly(second);
    assertThat(found)
        .extracting(Diagnostic::message)
        .hasSize(3)
        .anySatisfy(m -> assertThat(m).contains("Navigation property User.posts"))
        .anySatisfy(m -> assertThat(m).contains("Navigation property Post.user"))
        .anySatisfy(m -> assertThat(m).contains("both write foreign-key column posts.user_id"));
    assertThat(found)
        .filteredOn(d -> d.message().startsWith("Navigation property User.posts"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("navigation-collision");
              assertThat(d.entityId()).isEqualTo(user);
              assertThat(d.path()).isEqualTo("users");
            });
  }

  @Test
  void navigationNamedLikeAnAttributeCollides() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    f.attribute(post, "author", LogicalType.STRING);
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(rel, r -> r.withNavigation("posts", "author"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(rel);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.message()).contains("Post.author", "name of an attribute of Post");
            });
  }

  @Test
  void selfReferenceNamingBothEndsAlikeCollides() {
    ModelFixture f = ModelFixture.postgres();
    String category = f.entity("Category");
    String rel = f.relate(category, category, RelationshipKind.MANY_TO_MANY);
    f.changeRelationship(rel, r -> r.withNavigation("related", "related"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("its other end"));
  }
}
