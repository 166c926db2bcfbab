package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnmarkedSensitiveRuleTest {
  private final UnmarkedSensitiveRule rule = new UnmarkedSensitiveRule();
  private final ModelFixture f = ModelFixture.postgres();
  private final String user = f.entity("User");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "passwordHash",
        "apiKey",
        "apikey",
        "accessToken",
        "passwordResetToken",
        "clientSecret",
        "ssn",
        "socialSecurityNumber",
        "creditCardNumber",
        "cardNumber",
        "iban",
        "pinCode",
        "salt"
      })
  void secretLookingNamesAreWarned(String name) {
    f.attribute(user, name, LogicalType.STRING, b -> b.length(100));
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tokenizer",
        "pinned",
        "spinner",
        "passwordChangedAt",
        "tokenCount",
        "apiKeyId",
        "creditCardType",
        "contentHash",
        "saltwater",
        "ssnLast4"
      })
  void namesThatOnlyContainOrDescribeASecretPass(String name) {
    f.attribute(user, name, LogicalType.STRING, b -> b.length(100));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void booleansAndDatesAboutSecretsPass() {
    f.attribute(user, "hasPassword", LogicalType.BOOLEAN);
    f.attribute(user, "passwordSet", LogicalType.TIMESTAMPTZ);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void attributeMarkedSensitivePasses() {
    f.attribute(user, "password", LogicalType.STRING, b -> b.length(100).sensitive(true));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void columnNameCountsToo() {
    f.attribute(user, "credential", LogicalType.STRING, b -> b.columnName("pwd"));
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void unmarkedPasswordIsWarnedNamingTheAttribute() {
    String password = f.attribute(user, "passwordHash", LogicalType.STRING, b -> b.length(100));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("unmarked-sensitive");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(password);
              assertThat(d.entityId()).isEqualTo(user);
              assertThat(d.path()).isEqualTo("users.password_hash");
              assertThat(d.message()).contains("User.passwordHash").contains("response DTO");
            });
  }

  @Test
  void quickFixMarksTheAttributeSensitiveAndIsUndoable() {
    String password = f.attribute(user, "password", LogicalType.STRING, b -> b.length(100));
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.attr(user, password).sensitive()).isTrue();
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.attr(user, password).sensitive()).isFalse();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
