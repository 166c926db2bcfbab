package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.LogicalType;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingPrimaryKeyRuleTest {
  private final MissingPrimaryKeyRule rule = new MissingPrimaryKeyRule();

  @Test
  void entityWithIdKeyPasses() {
    ModelFixture f = ModelFixture.postgres();
    f.entity("Post");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void entityWithoutKeyIsAnErrorNamingIt() {
    ModelFixture f = ModelFixture.postgres();
    String tag = f.bareEntity("Tag");
    f.attribute(tag, "label", LogicalType.STRING, b -> b.length(40));
    List<Diagnostic> found = RuleTesting.check(rule, f.model());
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("missing-primary-key");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.elementId()).isEqualTo(tag);
              assertThat(d.path()).isEqualTo("tags");
              assertThat(d.message()).contains("Tag");
            });
  }

  @Test
  void importedTableWithoutKeyIsOnlyAWarning() {
    ModelFixture f = ModelFixture.postgres();
    f.run(
        io.schemaforge.command.AddEntityCommand.imported(
            "ent_params",
            "JobParam",
            "job_params",
            null,
            List.of(
                io.schemaforge.model.Attribute.builder(
                        "att_name", "name", "name", LogicalType.STRING)
                    .length(100)
                    .build()),
            List.of(),
            List.of(),
            List.of(),
            null));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.path()).isEqualTo("job_params");
              assertThat(d.message()).contains("JobParam").contains("imported");
            });
  }

  @Test
  void quickFixAddsIdKeyAndUndoBringsTheProblemBack() {
    ModelFixture f = ModelFixture.postgres();
    String tag = f.bareEntity("Tag");
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.get(tag).primaryKey()).extracting(a -> a.name()).containsExactly("id");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
