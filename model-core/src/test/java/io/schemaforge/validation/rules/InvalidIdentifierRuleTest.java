package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class InvalidIdentifierRuleTest {
  private final InvalidIdentifierRule rule = new InvalidIdentifierRule();

  @Test
  void snakeCaseNamesPass() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("BlogPost");
    f.attribute(post, "publishedAt", LogicalType.TIMESTAMPTZ);
    f.attribute(post, "_internal", LogicalType.INT);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void tableNameWithASpaceIsAnError() {
    ModelFixture f = ModelFixture.postgres();
    String item = f.entity("OrderItem");
    f.run(new RenameEntityCommand(item, "OrderItem", "order items"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("invalid-identifier");
              assertThat(d.elementId()).isEqualTo(item);
              assertThat(d.entityId()).isEqualTo(item);
              assertThat(d.path()).isEqualTo("order items");
              assertThat(d.message()).contains("'order items'", "OrderItem", "a space");
            });
  }

  @Test
  void columnStartingWithADigitOrEmptyIsAnError() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String twoFactor =
        f.attribute(user, "twoFactor", LogicalType.BOOLEAN, b -> b.columnName("2fa_enabled"));
    String empty = f.attribute(user, "nickname", LogicalType.STRING, b -> b.columnName(""));
    assertThat(RuleTesting.check(rule, f.model()))
        .hasSize(2)
        .anySatisfy(
            d -> {
              assertThat(d.elementId()).isEqualTo(twoFactor);
              assertThat(d.path()).isEqualTo("users.2fa_enabled");
              assertThat(d.message()).contains("User.twoFactor", "starts with a digit");
            })
        .anySatisfy(
            d -> {
              assertThat(d.elementId()).isEqualTo(empty);
              assertThat(d.message()).contains("is empty");
            });
  }

  @Test
  void quickFixRenamesTableToSnakeCaseAndUndoBringsItBack() {
    ModelFixture f = ModelFixture.postgres();
    String item = f.entity("OrderItem");
    f.run(new RenameEntityCommand(item, "OrderItem", "Order-Items"));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Rename table to order_items");
    assertThat(f.get(item).tableName()).isEqualTo("order_items");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void quickFixGivesAnEmptyColumnTheFieldNameInSnakeCase() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String nick = f.attribute(user, "nickName", LogicalType.STRING, b -> b.columnName(""));
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.attr(user, nick).columnName()).isEqualTo("nick_name");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void sanitizedNamesKeepWordsAndAvoidALeadingDigit() {
    assertThat(InvalidIdentifierRule.snakeIdentifier("E-Mail Address", "x", "c_"))
        .isEqualTo("e_mail_address");
    assertThat(InvalidIdentifierRule.snakeIdentifier("2fa", "x", "c_")).isEqualTo("c_2fa");
    assertThat(InvalidIdentifierRule.snakeIdentifier("!!", "ordersPlaced", "t_"))
        .isEqualTo("orders_placed");
  }
}
