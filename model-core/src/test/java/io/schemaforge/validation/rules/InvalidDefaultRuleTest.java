package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidDefaultRuleTest {
  private final InvalidDefaultRule rule = new InvalidDefaultRule();

  @ParameterizedTest(name = "{0} accepts {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "INT|42",
        "INT|'-7'",
        "SMALLINT|32767",
        "BIGINT|9223372036854775807",
        "BOOLEAN|TRUE",
        "BOOLEAN|0",
        "DECIMAL|'12.50'",
        "DOUBLE|1.5e3",
        "STRING|'it''s'",
        "STRING|plain text",
        "TEXT|anything at all",
        "UUID|gen_random_uuid()",
        "UUID|'123e4567-e89b-12d3-a456-426614174000'",
        "DATE|CURRENT_DATE",
        "DATE|'2024-02-29'",
        "TIME|'13:45:00'",
        "TIMESTAMP|CURRENT_TIMESTAMP",
        "TIMESTAMP|current_timestamp(6)",
        "TIMESTAMP|'2024-01-31 13:45:00'",
        "TIMESTAMPTZ|now()",
        "TIMESTAMPTZ|'2024-01-31 13:45:00+02'",
        "JSON|'{\"a\": [1, 2]}'",
        "JSON|[]",
      })
  void validDefaultsPass(LogicalType type, String value) {
    assertThat(check(type, value, b -> b.precision(type == LogicalType.DECIMAL ? 10 : null)))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "INT|abc|whole number",
        "INT|4.5|whole number",
        "SMALLINT|40000|out of range",
        "BOOLEAN|yes please|true or false",
        "DECIMAL|ten|number",
        "UUID|now()|UUID",
        "UUID|not-a-uuid|UUID",
        "DATE|'2024-02-30'|date",
        "DATE|CURRENT_TIMESTAMP|date",
        "TIME|25:00|time",
        "TIMESTAMP|gen_random_uuid()|timestamp",
        "JSON|{broken|JSON",
        "JSON|{} {}|JSON",
      })
  void invalidDefaultsAreErrors(LogicalType type, String value, String expected) {
    assertThat(check(type, value, b -> b))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains(expected));
  }

  @Test
  void textOnAnIntegerIsAnErrorNamingTheAttribute() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String views = f.attribute(post, "views", LogicalType.INT, b -> b.defaultValue("'none'"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("invalid-default");
              assertThat(d.elementId()).isEqualTo(views);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts.views");
              assertThat(d.message()).contains("'none'", "Post.views", "int", "whole number");
            });
  }

  @Test
  void enumDefaultMustBeOneOfItsValues() {
    List<String> values = List.of("DRAFT", "PUBLISHED");
    assertThat(check(LogicalType.ENUM, "'DRAFT'", b -> b.enumValues(values))).isEmpty();
    assertThat(check(LogicalType.ENUM, "ARCHIVED", b -> b.enumValues(values)))
        .singleElement()
        .satisfies(
            d -> assertThat(d.message()).contains("not one of its values [DRAFT, PUBLISHED]"));
  }

  @Test
  void stringDefaultLongerThanTheColumnIsAnError() {
    assertThat(check(LogicalType.STRING, "'abc'", b -> b.length(3))).isEmpty();
    assertThat(check(LogicalType.STRING, "'abcd'", b -> b.length(3)))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("longer than the column's 3"));
  }

  @Test
  void decimalDefaultMustFitPrecisionAndScale() {
    assertThat(check(LogicalType.DECIMAL, "999.99", b -> b.precision(5).scale(2))).isEmpty();
    assertThat(check(LogicalType.DECIMAL, "1000", b -> b.precision(5).scale(2)))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("3 digits before the decimal point"));
  }

  @Test
  void nullDefaultNeedsANullableColumnAndIdentityTakesNoDefault() {
    assertThat(check(LogicalType.INT, "NULL", b -> b.nullable(true))).isEmpty();
    assertThat(check(LogicalType.INT, "NULL", b -> b.nullable(false)))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("NOT NULL"));
    assertThat(check(LogicalType.BIGINT, "1", b -> b.identity(true)))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("identity"));
  }

  @Test
  void quickFixRemovesTheDefaultAndUndoRestoresIt() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String views = f.attribute(post, "views", LogicalType.INT, b -> b.defaultValue("lots"));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Remove the default of views");
    assertThat(f.attr(post, views).defaultValue()).isNull();
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.attr(post, views).defaultValue()).isEqualTo("lots");
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  private List<io.schemaforge.validation.Diagnostic> check(
      LogicalType type, String value, UnaryOperator<Attribute.Builder> more) {
    ModelFixture f = ModelFixture.postgres();
    String e = f.entity("Thing");
    f.attribute(e, "value", type, b -> more.apply(b.defaultValue(value)));
    return RuleTesting.check(rule, f.model());
  }
}
