package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class TypeParameterRangeRuleTest {
  private final TypeParameterRangeRule rule = new TypeParameterRangeRule();

  @Test
  void usualLengthsAndPrecisionsPass() {
    ModelFixture f = ModelFixture.of(Dialect.MYSQL);
    String product = f.entity("Product");
    f.attribute(product, "name", LogicalType.STRING, b -> b.length(255));
    f.attribute(product, "price", LogicalType.DECIMAL, b -> b.precision(65).scale(30));
    f.attribute(product, "weight", LogicalType.DECIMAL);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void zeroLengthIsAnErrorNamingTheAttribute() {
    ModelFixture f = ModelFixture.postgres();
    String product = f.entity("Product");
    String name = f.attribute(product, "name", LogicalType.STRING, b -> b.length(0));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("type-parameter-range");
              assertThat(d.elementId()).isEqualTo(name);
              assertThat(d.entityId()).isEqualTo(product);
              assertThat(d.path()).isEqualTo("products.name");
              assertThat(d.message()).contains("Product.name", "length 0 is below 1");
            });
  }

  @Test
  void limitsDependOnTheDialectAndTheMessageSaysWhich() {
    ModelFixture my = ModelFixture.of(Dialect.MYSQL);
    String p = my.entity("Product");
    my.attribute(p, "notes", LogicalType.STRING, b -> b.length(20_000));
    my.attribute(p, "price", LogicalType.DECIMAL, b -> b.precision(80).scale(2));
    assertThat(RuleTesting.check(rule, my.model()))
        .extracting(d -> d.message())
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("16383", "mysql varchar"))
        .anySatisfy(m -> assertThat(m).contains("precision 80", "65 digits mysql allows"));

    ModelFixture pg = ModelFixture.postgres();
    String q = pg.entity("Product");
    pg.attribute(q, "notes", LogicalType.STRING, b -> b.length(20_000));
    pg.attribute(q, "price", LogicalType.DECIMAL, b -> b.precision(80).scale(2));
    assertThat(RuleTesting.check(rule, pg.model())).isEmpty();
  }

  @Test
  void scaleAbovePrecisionAndParametersOnOtherTypesAreErrors() {
    ModelFixture f = ModelFixture.postgres();
    String p = f.entity("Product");
    f.attribute(p, "ratio", LogicalType.DECIMAL, b -> b.precision(5).scale(7));
    f.attribute(p, "count", LogicalType.INT, b -> b.length(11));
    f.attribute(p, "share", LogicalType.DECIMAL, b -> b.scale(2));
    f.attribute(p, "label", LogicalType.STRING, b -> b.length(20).precision(3));
    assertThat(RuleTesting.check(rule, f.model()))
        .extracting(d -> d.message())
        .hasSize(4)
        .anySatisfy(m -> assertThat(m).contains("scale 7 exceeds the precision 5"))
        .anySatisfy(m -> assertThat(m).contains("a length (11) does not apply"))
        .anySatisfy(m -> assertThat(m).contains("without a precision"))
        .anySatisfy(m -> assertThat(m).contains("precision and scale do not apply"));
  }

  @Test
  void quickFixClampsIntoRangeAndUndoRestoresTheValue() {
    ModelFixture f = ModelFixture.of(Dialect.MARIADB);
    String p = f.entity("Product");
    String price = f.attribute(p, "price", LogicalType.DECIMAL, b -> b.precision(70).scale(40));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Change price to decimal(65,38)");
    assertThat(f.attr(p, price).precision()).isEqualTo(65);
    assertThat(f.attr(p, price).scale()).isEqualTo(38);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.attr(p, price).precision()).isEqualTo(70);
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void quickFixDropsParametersTheTypeDoesNotTake() {
    ModelFixture f = ModelFixture.postgres();
    String p = f.entity("Product");
    String count = f.attribute(p, "count", LogicalType.INT, b -> b.length(11));
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.attr(p, count).length()).isNull();
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }
}
