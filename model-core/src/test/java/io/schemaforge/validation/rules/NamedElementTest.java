package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.naming.ConstraintNames.GeneratedName;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.Rule;
import io.schemaforge.validation.Severity;
import org.junit.jupiter.api.Test;

class NamedElementTest {
  private static final Rule RULE =
      new Rule() {
        @Override
        public String id() {
          return "test-rule";
        }

        @Override
        public Severity severity() {
          return Severity.WARNING;
        }

        @Override
        public String description() {
          return "A rule for this test.";
        }
      };

  private static Entity post() {
    Entity post = new Entity("ent_post", "Post", "posts");
    post.insertAttribute(0, Attribute.builder("att_id", "id", "id", LogicalType.BIGINT).build());
    post.insertAttribute(
        1, Attribute.builder("att_author", "authorId", "author_id", LogicalType.BIGINT).build());
    return post;
  }

  @Test
  void walksTheTableNameThenEveryColumnName() {
    assertThat(NamedElement.tableAndColumns(post()))
        .extracting(NamedElement::name, NamedElement::elementId, NamedElement::path)
        .containsExactly(
            tuple("posts", "ent_post", "posts"),
            tuple("id", "att_id", "posts.id"),
            tuple("author_id", "att_author", "posts.author_id"));
  }

  @Test
  void aTableDiagnosticPointsAtTheEntityAndNamesIt() {
    Diagnostic d = new NamedElement.Table(post()).diagnostic(RULE, " is wrong.");

    assertThat(d)
        .isEqualTo(
            new Diagnostic(
                "test-rule",
                Severity.WARNING,
                "ent_post",
                "ent_post",
                "posts",
                "Table name 'posts' of entity Post is wrong."));
  }

  @Test
  void aColumnDiagnosticPointsAtTheAttributeAndNamesItsField() {
    Entity post = post();
    Diagnostic d =
        new NamedElement.Column(post, post.attributes().get(1)).diagnostic(RULE, " is wrong.");

    assertThat(d.elementId()).isEqualTo("att_author");
    assertThat(d.entityId()).isEqualTo("ent_post");
    assertThat(d.path()).isEqualTo("posts.author_id");
    assertThat(d.message()).isEqualTo("Column name 'author_id' of Post.authorId is wrong.");
  }

  @Test
  void aConstraintDiagnosticPointsAtTheConstraintOnTheTable() {
    Diagnostic d =
        new NamedElement.Constraint(
                post(), new GeneratedName("ix_posts_author_id", "idx_1", "index"))
            .diagnostic(RULE, " is wrong.");

    assertThat(d.elementId()).isEqualTo("idx_1");
    assertThat(d.path()).isEqualTo("posts");
    assertThat(d.message())
        .isEqualTo("Name 'ix_posts_author_id' of an index of entity Post is wrong.");
  }

  @Test
  void aMissingTableNameReadsAsEmpty() {
    Entity e = new Entity("ent_x", "X", null);

    assertThat(new NamedElement.Table(e).subject()).isEqualTo("Table name '' of entity X");
  }
}
