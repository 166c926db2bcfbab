package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.PutUniqueConstraintCommand;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NullableUniqueColumnRuleTest {
  private final NullableUniqueColumnRule rule = new NullableUniqueColumnRule();
  private final ModelFixture f = ModelFixture.postgres();
  private final String user = f.entity("User");

  @Test
  void notNullUniqueColumnsPass() {
    String email =
        f.attribute(user, "email", LogicalType.STRING, b -> b.nullable(false).unique(true));
    String tenant = f.attribute(user, "tenant", LogicalType.INT, b -> b.nullable(false));
    f.run(
        new PutUniqueConstraintCommand(
            user, new UniqueConstraint("uq_1", null, List.of(tenant, email))));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void uniqueNullableColumnIsWarnedSayingSeveralNullsAreAllowed() {
    String email = f.attribute(user, "email", LogicalType.STRING, b -> b.unique(true));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("nullable-unique-column");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(email);
              assertThat(d.entityId()).isEqualTo(user);
              assertThat(d.path()).isEqualTo("users.email");
              assertThat(d.message()).contains("User.email").contains("several rows may hold NULL");
            });
  }

  @Test
  void nullableColumnOfAMultiColumnConstraintIsWarnedNamingTheConstraint() {
    String tenant = f.attribute(user, "tenant", LogicalType.INT, b -> b.nullable(false));
    String login = f.attribute(user, "login", LogicalType.STRING);
    f.run(
        new PutUniqueConstraintCommand(
            user, new UniqueConstraint("uq_1", null, List.of(tenant, login))));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(login);
              assertThat(d.path()).isEqualTo("users.login");
              assertThat(d.message()).contains("uq_users_tenant_login").contains("(tenant, login)");
            });
  }

  @Test
  void optionalOneToOneForeignKeyIsUniqueAndNullableByDesign() {
    String profile = f.entity("Profile");
    f.relate(user, profile, RelationshipKind.ONE_TO_ONE);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void quickFixMakesTheColumnNotNullAndIsUndoable() {
    String email = f.attribute(user, "email", LogicalType.STRING, b -> b.unique(true));
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.attr(user, email).nullable()).isFalse();
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void quickFixOnAForeignKeyMakesItsRelationshipRequired() {
    String category = f.entity("Category");
    String parent = f.relate(category, category, RelationshipKind.ONE_TO_MANY);
    String parentId = f.relationship(parent).foreignKeyAttributeIds().get(0);
    String name = f.attribute(category, "name", LogicalType.STRING, b -> b.nullable(false));
    f.run(
        new PutUniqueConstraintCommand(
            category, new UniqueConstraint("uq_1", null, List.of(parentId, name))));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).startsWith("Make the relationship required");
    assertThat(f.relationship(parent).required()).isTrue();
    assertThat(f.attr(category, parentId).nullable()).isFalse();
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.relationship(parent).required()).isFalse();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
