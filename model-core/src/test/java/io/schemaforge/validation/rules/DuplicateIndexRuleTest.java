package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.PutIndexCommand;
import io.schemaforge.command.PutUniqueConstraintCommand;
import io.schemaforge.model.Index;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIndexRuleTest {
  private final DuplicateIndexRule rule = new DuplicateIndexRule();

  @Test
  void indexesOverDifferentColumnOrdersAndTheOneToOneForeignKeyIndexPass() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String profile = f.entity("Profile");
    f.relate(user, profile, RelationshipKind.ONE_TO_ONE); // unique FK plus its plain index
    String a = f.attribute(user, "first", LogicalType.STRING);
    String b = f.attribute(user, "last", LogicalType.STRING);
    f.run(new PutIndexCommand(user, new Index("idx_ab", null, List.of(a, b), false)));
    f.run(new PutIndexCommand(user, new Index("idx_ba", null, List.of(b, a), false)));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void twoIndexesOverTheSameColumnReportTheLaterOne() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String email = f.attribute(user, "email", LogicalType.STRING);
    f.run(new PutIndexCommand(user, new Index("idx_1", null, List.of(email), false)));
    f.run(new PutIndexCommand(user, new Index("idx_2", "by_email", List.of(email), false)));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("duplicate-index");
              assertThat(d.elementId()).isEqualTo("idx_2");
              assertThat(d.entityId()).isEqualTo(user);
              assertThat(d.path()).isEqualTo("users");
              assertThat(d.message())
                  .isEqualTo("Index by_email of User on (email) duplicates index ix_users_email.");
            });
  }

  @Test
  void uniqueAttributeAndSingleColumnUniqueConstraintAreDuplicates() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String email = f.attribute(user, "email", LogicalType.STRING, b -> b.unique(true));
    f.run(new PutUniqueConstraintCommand(user, new UniqueConstraint("uq_1", null, List.of(email))));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo("uq_1");
              assertThat(d.message()).contains("duplicates the unique flag of email");
            });
  }

  @Test
  void indexOverTheColumnsOfAUniqueConstraintIsTheDuplicate() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String a = f.attribute(user, "tenant", LogicalType.BIGINT);
    String b = f.attribute(user, "login", LogicalType.STRING);
    f.run(new PutIndexCommand(user, new Index("idx_1", null, List.of(a, b), false)));
    f.run(new PutUniqueConstraintCommand(user, new UniqueConstraint("uq_1", null, List.of(a, b))));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo("idx_1");
              assertThat(d.message())
                  .isEqualTo(
                      "Index ix_users_tenant_login of User on (tenant, login) duplicates"
                          + " unique constraint uq_users_tenant_login.");
            });
  }

  @Test
  void quickFixDeletesTheDuplicateAndUndoBringsItBack() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String email = f.attribute(user, "email", LogicalType.STRING);
    f.run(new PutIndexCommand(user, new Index("idx_1", null, List.of(email), true)));
    f.run(new PutIndexCommand(user, new Index("idx_2", null, List.of(email), false)));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Delete the duplicate index");
    assertThat(f.get(user).indexes()).extracting(Index::id).containsExactly("idx_1");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
