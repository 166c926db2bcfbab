package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Severity;
import org.junit.jupiter.api.Test;

class StringWithoutLengthRuleTest {
  private final StringWithoutLengthRule rule = new StringWithoutLengthRule();
  private final ModelFixture f = ModelFixture.postgres();
  private final String post = f.entity("Post");

  @Test
  void stringWithLengthAndTextWithoutOnePass() {
    f.attribute(post, "title", LogicalType.STRING, b -> b.length(200));
    f.attribute(post, "body", LogicalType.TEXT);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void stringWithoutLengthIsWarnedNamingTheAttribute() {
    String title = f.attribute(post, "title", LogicalType.STRING);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("string-without-length");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(title);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts.title");
              assertThat(d.message()).contains("Post.title");
            });
  }

  @Test
  void quickFixSetsLength255AndUndoBringsTheWarningBack() {
    String title = f.attribute(post, "title", LogicalType.STRING);
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.attr(post, title).length()).isEqualTo(255);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.attr(post, title).length()).isNull();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
