package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.NamingConvention.TableNumber;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingConventionRuleTest {
  private final NamingConventionRule rule = new NamingConventionRule();
  private final ModelFixture f = ModelFixture.postgres();

  private void tableNumber(TableNumber number) {
    var s = f.model().schema();
    f.run(
        new ChangeSchemaSettingsCommand(
            new ChangeSchemaSettingsCommand.Settings(
                s.name(),
                s.dialect(),
                s.basePackage(),
                new NamingConvention(number, true, false),
                s.generateRepositories(),
                s.generateJooq())));
  }

  private void renameTable(String entityId, String table) {
    f.run(new RenameEntityCommand(entityId, f.get(entityId).name(), table));
  }

  @Test
  void pluralSnakeCaseTablesAndColumnsPass() {
    String post = f.entity("BlogPost");
    f.entity("User");
    f.attribute(post, "publishedAt", LogicalType.TIMESTAMPTZ);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void camelCaseColumnIsWarnedWithItsPath() {
    String author = f.entity("Author");
    String first =
        f.attribute(author, "firstName", LogicalType.STRING, b -> b.columnName("firstName"));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("naming-convention");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(first);
              assertThat(d.entityId()).isEqualTo(author);
              assertThat(d.path()).isEqualTo("authors.firstName");
              assertThat(d.message()).contains("'firstName'").contains("snake_case");
            });
  }

  @Test
  void doubleUnderscoreAndLeadingUnderscoreAreNotSnakeCase() {
    String author = f.entity("Author");
    f.attribute(author, "a", LogicalType.INT, b -> b.columnName("last__name"));
    f.attribute(author, "b", LogicalType.INT, b -> b.columnName("_hidden"));
    f.attribute(author, "c", LogicalType.INT, b -> b.columnName("address_2"));
    assertThat(RuleTesting.check(rule, f.model()))
        .extracting(Diagnostic::path)
        .containsExactlyInAnyOrder("authors.last__name", "authors._hidden");
  }

  @Test
  void quickFixRenamesColumnToSnakeCaseAndIsUndoable() {
    String author = f.entity("Author");
    String first =
        f.attribute(author, "firstName", LogicalType.STRING, b -> b.columnName("firstName"));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Rename column to first_name");
    assertThat(f.attr(author, first).columnName()).isEqualTo("first_name");
    assertThat(f.attr(author, first).name()).isEqualTo("firstName");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void camelCaseTableIsWarnedAndRenamedToSnakeCase() {
    String post = f.entity("BlogPost");
    renameTable(post, "BlogPosts");
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("BlogPosts");
              assertThat(d.message()).contains("'BlogPosts'").contains("BlogPost");
            });
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.get(post).tableName()).isEqualTo("blog_posts");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(f.get(post).tableName()).isEqualTo("BlogPosts");
  }

  @Test
  void singularTableIsWarnedWhenTheConventionWantsPlural() {
    String post = f.entity("Post");
    renameTable(post, "blog_post");
    tableNumber(TableNumber.PLURAL);
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(post);
              assertThat(d.path()).isEqualTo("blog_post");
              assertThat(d.message()).contains("singular").contains("convention wants plural");
            });
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).isEqualTo("Rename table to blog_posts");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
    f.stack().undo();
    assertThat(RuleTesting.check(rule, f.model())).hasSize(1);
  }

  @Test
  void pluralTableIsWarnedAndSingularizedWhenTheConventionWantsSingular() {
    String category = f.entity("Category");
    String status = f.entity("Status");
    tableNumber(TableNumber.SINGULAR);
    assertThat(RuleTesting.check(rule, f.model()))
        .extracting(Diagnostic::elementId)
        .containsExactlyInAnyOrder(category, status);
    RuleTesting.applyFirstFix(rule, f);
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.get(category).tableName()).isEqualTo("category");
    assertThat(f.get(status).tableName()).isEqualTo("status");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void eitherConventionWarnsTheMinorityOnly() {
    f.entity("User");
    f.entity("Post");
    String tag = f.entity("Tag");
    renameTable(tag, "tag");
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.elementId()).isEqualTo(tag);
              assertThat(d.message()).contains("most tables of the schema are plural");
            });
    RuleTesting.applyFirstFix(rule, f);
    assertThat(f.get(tag).tableName()).isEqualTo("tags");
  }

  @Test
  void eitherConventionWithATieWarnsNobody() {
    f.entity("User");
    String tag = f.entity("Tag");
    renameTable(tag, "tag");
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void invalidIdentifiersAreLeftToTheirOwnRule() {
    String post = f.entity("Post");
    renameTable(post, "blog-posts");
    f.attribute(post, "x", LogicalType.INT, b -> b.columnName("2nd column"));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void liveValidatorRechecksEveryTableWhenTheMajorityFlips() {
    String user = f.entity("User");
    String post = f.entity("Post");
    String tag = f.entity("Tag");
    renameTable(tag, "tag");
    LiveValidator live = LiveValidator.attach(f.stack(), new RuleRegistry(List.of(rule)));
    assertThat(live.diagnostics()).extracting(Diagnostic::elementId).containsExactly(tag);
    renameTable(user, "app_user");
    assertThat(live.diagnostics()).extracting(Diagnostic::elementId).containsExactly(post);
    f.stack().undo();
    assertThat(live.diagnostics()).extracting(Diagnostic::elementId).containsExactly(tag);
  }
}
