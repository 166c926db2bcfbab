package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Severity;
import org.junit.jupiter.api.Test;

class NullableBooleanRuleTest {
  private final NullableBooleanRule rule = new NullableBooleanRule();
  private final ModelFixture f = ModelFixture.postgres();
  private final String post = f.entity("Post");

  @Test
  void notNullBooleanPasses() {
    f.attribute(post, "published", LogicalType.BOOLEAN, b -> b.nullable(false));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void nullableBooleanIsWarnedNamingTheAttribute() {
    String published = f.attribute(post, "published", LogicalType.BOOLEAN);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("nullable-boolean");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(published);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts.published");
              assertThat(d.message()).contains("Post.published").contains("three values");
            });
  }

  @Test
  void quickFixMakesItNotNullWithDefaultFalseAndIsUndoable() {
    String published = f.attribute(post, "published", LogicalType.BOOLEAN);
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Make NOT NULL with default false");
    assertThat(f.attr(post, published).nullable()).isFalse();
    assertThat(f.attr(post, published).defaultValue()).isEqualTo("false");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.attr(post, published).defaultValue()).isNull();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void quickFixKeepsAnExistingDefault() {
    String published =
        f.attribute(post, "visible", LogicalType.BOOLEAN, b -> b.defaultValue("true"));
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.attr(post, published).defaultValue()).isEqualTo("true");
    assertThat(f.attr(post, published).nullable()).isFalse();
  }
}
