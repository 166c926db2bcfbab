package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.PutIndexCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Index;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierTooLongRuleTest {
  private final IdentifierTooLongRule rule = new IdentifierTooLongRule();
  private static final String LONG_64 = "a".repeat(64);

  @Test
  void namesWithinTheLimitPassEvenWhenGeneratedNamesNeedShortening() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String title =
        f.attribute(post, "title", LogicalType.STRING, b -> b.columnName("b".repeat(63)));
    f.run(new PutIndexCommand(post, new Index("idx_title", null, List.of(title), false)));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void columnOf64BytesIsTooLongForPostgresButNotForMysql() {
    ModelFixture pg = ModelFixture.postgres();
    String post = pg.entity("Post");
    String col = pg.attribute(post, "body", LogicalType.TEXT, b -> b.columnName(LONG_64));
    assertThat(RuleTesting.check(rule, pg.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("identifier-too-long");
              assertThat(d.elementId()).isEqualTo(col);
              assertThat(d.path()).isEqualTo("posts." + LONG_64);
              assertThat(d.message()).contains("Post.body", "64 bytes", "postgres", "63");
            });

    ModelFixture my = ModelFixture.of(Dialect.MYSQL);
    String p = my.entity("Post");
    my.attribute(p, "body", LogicalType.TEXT, b -> b.columnName(LONG_64));
    assertThat(RuleTesting.check(rule, my.model())).isEmpty();
  }

  @Test
  void multiByteCharactersCountInBytes() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    f.run(new RenameEntityCommand(post, "Post", "ü".repeat(32)));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("64 bytes"));
  }

  @Test
  void longJoinTableIsReportedOnTheRelationship() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    String rel = f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
    f.run(
        new ChangeRelationshipCommand(
            f.relationship(rel).withJoinTable(new JoinTable(LONG_64, "post_id", "tag_id"))));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(rel);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo(LONG_64);
              assertThat(d.message()).contains("Join table", "Post.tags N:M Tag.posts");
            });
  }

  @Test
  void quickFixReplacesALongExplicitIndexNameByTheGeneratedOneAndIsUndoable() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String title = f.attribute(post, "title", LogicalType.STRING);
    f.run(new PutIndexCommand(post, new Index("idx_title", LONG_64, List.of(title), false)));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo("idx_title");
              assertThat(d.message()).contains("index");
            });
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Use the generated name ix_posts_title");
    assertThat(f.get(post).indexes().get(0).name()).isNull();
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }
}
