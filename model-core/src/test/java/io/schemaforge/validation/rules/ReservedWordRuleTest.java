package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ReservedWordRuleTest {
  private final ReservedWordRule rule = new ReservedWordRule();

  @Test
  void tableNamedUserIsAnError() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    f.run(new RenameEntityCommand(user, "User", "user"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(user);
              assertThat(d.message()).contains("'user'").contains("postgres");
            });
  }

  @Test
  void columnNamedOrderIsAnErrorWithItsPath() {
    ModelFixture f = ModelFixture.postgres();
    String item = f.entity("Item");
    String order = f.attribute(item, "order", LogicalType.INT);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(order);
              assertThat(d.path()).isEqualTo("items.order");
            });
  }

  @Test
  void quotingAllIdentifiersAllowsReservedWords() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    f.run(new RenameEntityCommand(user, "User", "user"));
    var s = f.model().schema();
    f.run(
        new ChangeSchemaSettingsCommand(
            new ChangeSchemaSettingsCommand.Settings(
                s.name(),
                s.dialect(),
                s.basePackage(),
                new NamingConvention(NamingConvention.TableNumber.EITHER, true, true),
                s.generateRepositories(),
                s.generateJooq())));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void quickFixRenamesTableToPluralAndIsUndoable() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    f.run(new RenameEntityCommand(user, "User", "user"));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Rename table to users");
    assertThat(f.get(user).tableName()).isEqualTo("users");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.get(user).tableName()).isEqualTo("user");
  }
}
