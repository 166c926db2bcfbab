package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.DeleteIndexCommand;
import io.schemaforge.command.PutIndexCommand;
import io.schemaforge.command.PutUniqueConstraintCommand;
import io.schemaforge.model.Index;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnindexedForeignKeyRuleTest {
  private final UnindexedForeignKeyRule rule = new UnindexedForeignKeyRule();

  private final ModelFixture f = ModelFixture.postgres();
  private final String user = f.entity("User");
  private final String post = f.entity("Post");
  private final String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
  private final String fk = f.relationship(rel).foreignKeyAttributeIds().get(0);

  private void dropForeignKeyIndex() {
    f.run(new DeleteIndexCommand(post, f.get(post).indexes().get(0).id()));
  }

  @Test
  void foreignKeyWithTheIndexItsRelationshipCreatedPasses() {
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void foreignKeyWithoutIndexIsWarnedWithItsColumnPath() {
    dropForeignKeyIndex();
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("unindexed-foreign-key");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(fk);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts.user_id");
              assertThat(d.message()).contains("posts.user_id").contains("User");
            });
  }

  @Test
  void foreignKeyLeadingAUniqueConstraintCountsAsIndexed() {
    dropForeignKeyIndex();
    String title = f.attribute(post, "title", LogicalType.STRING);
    f.run(
        new PutUniqueConstraintCommand(
            post, new UniqueConstraint("uq_1", null, List.of(fk, title))));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void foreignKeyAsSecondColumnOfAnIndexIsStillWarned() {
    dropForeignKeyIndex();
    String title = f.attribute(post, "title", LogicalType.STRING);
    f.run(new PutIndexCommand(post, new Index("idx_1", null, List.of(title, fk), false)));
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void quickFixAddsAConventionallyNamedIndexAndUndoBringsTheWarningBack() {
    dropForeignKeyIndex();
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Add an index on user_id");
    assertThat(f.get(post).indexes())
        .singleElement()
        .satisfies(
            ix -> {
              assertThat(ix.attributeIds()).containsExactly(fk);
              assertThat(ix.name()).isNull();
            });
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
