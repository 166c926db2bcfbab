package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class JavaNameRuleTest {
  private final JavaNameRule rule = new JavaNameRule();

  @Test
  void ordinaryJavaNamesPass() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    f.attribute(post, "record", LogicalType.STRING);
    f.attribute(post, "$weird_but_legal", LogicalType.INT);
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void fieldNamedAfterAKeywordIsAnError() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String cls = f.attribute(post, "class", LogicalType.STRING, b -> b.columnName("css_class"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("java-name");
              assertThat(d.elementId()).isEqualTo(cls);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts.css_class");
              assertThat(d.message()).contains("'class'", "Post", "Java keyword");
            });
  }

  @Test
  void literalsInvalidCharactersAndRestrictedClassNamesAreErrors() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    f.attribute(post, "null", LogicalType.STRING);
    f.attribute(post, "first-name", LogicalType.STRING);
    f.attribute(post, "2fa", LogicalType.BOOLEAN);
    f.run(new RenameEntityCommand(post, "record", null));
    assertThat(RuleTesting.check(rule, f.model()))
        .extracting(d -> d.message())
        .hasSize(4)
        .anySatisfy(m -> assertThat(m).contains("'null'", "Java literal"))
        .anySatisfy(m -> assertThat(m).contains("'first-name'", "not allowed"))
        .anySatisfy(m -> assertThat(m).contains("'2fa'", "does not start"))
        .anySatisfy(m -> assertThat(m).contains("'record'", "class name"));
  }

  @Test
  void navigationNamedAfterAKeywordIsReportedOnTheRelationship() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String rel = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(rel, r -> r.withNavigation("posts", "new"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(rel);
              assertThat(d.entityId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("posts");
              assertThat(d.message()).contains("'new'", "Post");
            });
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.relationship(rel).targetNavigation()).isEqualTo("newValue");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void quickFixCamelCasesAFieldAndUndoBringsTheProblemBack() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    String name = f.attribute(post, "first-name", LogicalType.STRING);
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Rename field to firstName");
    assertThat(f.attr(post, name).name()).isEqualTo("firstName");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void quickFixCapitalizesAKeywordClassName() {
    ModelFixture f = ModelFixture.postgres();
    String post = f.entity("Post");
    f.run(new RenameEntityCommand(post, "enum", null));
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.get(post).name()).isEqualTo("Enum");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void fixedNamesAreJavaIdentifiers() {
    assertThat(JavaNameRule.memberName("int", null, "field")).isEqualTo("intValue");
    assertThat(JavaNameRule.memberName("2fa", null, "field")).isEqualTo("field2fa");
    assertThat(JavaNameRule.memberName("", "user_id", "field")).isEqualTo("userId");
    assertThat(JavaNameRule.className("order item", null)).isEqualTo("OrderItem");
    assertThat(JavaNameRule.className("_", "order_items")).isEqualTo("OrderItems");
  }
}
