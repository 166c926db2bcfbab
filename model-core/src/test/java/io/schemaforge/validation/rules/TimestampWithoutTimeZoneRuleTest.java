package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Severity;
import org.junit.jupiter.api.Test;

class TimestampWithoutTimeZoneRuleTest {
  private final TimestampWithoutTimeZoneRule rule = new TimestampWithoutTimeZoneRule();
  private final ModelFixture f = ModelFixture.postgres();
  private final String post = f.entity("Post");

  @Test
  void timestampWithTimeZonePasses() {
    f.attribute(post, "publishedAt", LogicalType.TIMESTAMPTZ);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void plainTimestampPassesWhenTheConventionDoesNotWantTimeZones() {
    f.attribute(post, "publishedAt", LogicalType.TIMESTAMP);
    var s = f.model().schema();
    f.run(
        new ChangeSchemaSettingsCommand(
            new ChangeSchemaSettingsCommand.Settings(
                s.name(),
                s.dialect(),
                s.basePackage(),
                new NamingConvention(NamingConvention.TableNumber.EITHER, false, false),
                s.generateRepositories(),
                s.generateJooq())));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void plainTimestampIsWarnedWhenTheConventionWantsTimeZones() {
    String at = f.attribute(post, "publishedAt", LogicalType.TIMESTAMP);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("timestamp-without-time-zone");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(at);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts.published_at");
              assertThat(d.message()).contains("Post.publishedAt").contains("without time zone");
            });
  }

  @Test
  void quickFixChangesTypeToTimestamptzAndIsUndoable() {
    String at = f.attribute(post, "publishedAt", LogicalType.TIMESTAMP);
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.attr(post, at).type()).isEqualTo(LogicalType.TIMESTAMPTZ);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
