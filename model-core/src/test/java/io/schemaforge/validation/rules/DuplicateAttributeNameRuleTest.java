package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.SetTraitCommand;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Trait;
import io.schemaforge.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class DuplicateAttributeNameRuleTest {
  private final DuplicateAttributeNameRule rule = new DuplicateAttributeNameRule();

  @Test
  void distinctFieldsAndColumnsPass() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    f.attribute(post, "title", LogicalType.STRING, b -> b.length(200));
    f.attribute(post, "body", LogicalType.TEXT);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void twoAttributesWithTheSameFieldNameReportTheLaterOne() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    f.attribute(post, "title", LogicalType.STRING, b -> b.length(200));
    String second = f.attribute(post, "title", LogicalType.STRING, b -> b.columnName("heading"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("duplicate-attribute-name");
              assertThat(d.elementId()).isEqualTo(second);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts.heading");
              assertThat(d.message()).contains("Post", "title", "'title'", "'heading'");
            });
  }

  @Test
  void columnsThatCompareEqualInTheDialectClash() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    f.attribute(post, "title", LogicalType.STRING);
    String subtitle = f.attribute(post, "subtitle", LogicalType.STRING, b -> b.columnName("TITLE"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(subtitle);
              assertThat(d.message()).contains("Post.subtitle", "'TITLE'", "Post.title");
            });
  }

  @Test
  void anAttributeTakingATraitColumnClashes() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String created =
        f.attribute(post, "created", LogicalType.TIMESTAMPTZ, b -> b.columnName("created_at"));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.run(new SetTraitCommand(post, Trait.TIMESTAMPS, true));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(created);
              assertThat(d.message()).contains("'created_at'", "timestamps trait");
            });
  }
}
