package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FloatingPointMoneyRuleTest {
  private final FloatingPointMoneyRule rule = new FloatingPointMoneyRule();
  private final ModelFixture f = ModelFixture.postgres();
  private final String order = f.entity("Order");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "price",
        "unitPrice",
        "amount",
        "orderTotal",
        "balance",
        "shippingCost",
        "fee",
        "salary",
        "tax",
        "subtotal",
        "priceUsd"
      })
  void moneyNamesOnFloatingPointAreWarned(String name) {
    f.attribute(order, name, LogicalType.DOUBLE);
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"totalWeight", "taxRate", "priceless", "amountKg", "latitude", "costume"})
  void otherNamesOnFloatingPointPass(String name) {
    f.attribute(order, name, LogicalType.FLOAT);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void decimalMoneyPasses() {
    f.attribute(order, "price", LogicalType.DECIMAL, b -> b.precision(19).scale(2));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void floatPriceIsWarnedNamingTheAttribute() {
    String price = f.attribute(order, "unitPrice", LogicalType.FLOAT);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("floating-point-money");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(price);
              assertThat(d.entityId()).isEqualTo(order);
              assertThat(d.path()).isEqualTo("orders.unit_price");
              assertThat(d.message()).contains("Order.unitPrice").contains("float");
            });
  }

  @Test
  void quickFixChangesTypeToDecimal19x2AndIsUndoable() {
    String price = f.attribute(order, "price", LogicalType.DOUBLE);
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.attr(order, price).type()).isEqualTo(LogicalType.DECIMAL);
    assertThat(f.attr(order, price).precision()).isEqualTo(19);
    assertThat(f.attr(order, price).scale()).isEqualTo(2);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.attr(order, price).type()).isEqualTo(LogicalType.DOUBLE);
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
