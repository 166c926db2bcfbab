package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumValuesRuleTest {
  private final EnumValuesRule rule = new EnumValuesRule();

  @Test
  void distinctJavaNamedValuesPass() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    f.attribute(post, "status", LogicalType.ENUM, b -> b.enumValues(List.of("DRAFT", "PUBLISHED")));
    f.attribute(post, "title", LogicalType.STRING, b -> b.enumValues(List.of()));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void enumWithoutValuesIsAnError() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String status = f.attribute(post, "status", LogicalType.ENUM);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("enum-values");
              assertThat(d.elementId()).isEqualTo(status);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts.status");
              assertThat(d.message()).isEqualTo("Enum Post.status has no values.");
            });
  }

  @Test
  void blankDuplicateAndNonJavaValuesAreNamed() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    f.attribute(
        post,
        "status",
        LogicalType.ENUM,
        b -> b.enumValues(List.of("DRAFT", " ", "DRAFT", "in review", "new")));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .contains("a blank value", "'DRAFT' more than once", "'in review', 'new'"));
  }

  @Test
  void quickFixRemovesDuplicatesAndUndoBringsThemBack() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String status =
        f.attribute(
            post, "status", LogicalType.ENUM, b -> b.enumValues(List.of("A", "B", "A", "", "B")));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Remove blank and duplicate values of status");
    assertThat(f.attr(post, status).enumValues()).containsExactly("A", "B");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
