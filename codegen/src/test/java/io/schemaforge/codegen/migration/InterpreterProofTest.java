package io.schemaforge.codegen.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.testing.ModelFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MySQL and MariaDB exports without {@code --verify-jdbc}: the migrations are checked by jOOQ's DDL
 * interpreter instead of a server, on every example model and along the whole evolution of the
 * blog, and the export says that this is what checked them.
 */
class InterpreterProofTest {
  private static final String CHECKED = "checked by jOOQ's DDL interpreter, not a MySQL server";

  @TempDir Path project;

  @ParameterizedTest
  @ValueSource(strings = {"blog", "shop", "org-chart"})
  void everyExampleIsCheckedByTheInterpreterOnMysql(String example) throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Model model =
        ProjectFiles.load(Path.of("../resources/examples/" + example + ".schemaforge.json"));
    ExportPlan plan =
        new ProjectExporter().plan(model, project, new ExportOptions(Dialect.MYSQL, false, null));
    assertThat(plan.migrations().proof()).startsWith(CHECKED + ": 1 migration(s)");
    assertThat(plan.migrations().notices()).contains(plan.migrations().proof());
  }

  @ParameterizedTest
  @EnumSource(names = {"MYSQL", "MARIADB"})
  void everyEvolutionStepIsCheckedByTheInterpreter(Dialect dialect) throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Model blog = ProjectFiles.load(Path.of("../resources/examples/blog.schemaforge.json"));
    CommandStack stack = new CommandStack(blog);
    stack.execute(ChangeSchemaSettingsCommand.toDialect(blog.schema(), dialect));
    exportChecked(stack, 1);
    List<BlogEvolution.Step> steps = new BlogEvolution().steps();
    for (int i = 0; i < steps.size(); i++) {
      steps.get(i).edit().apply(stack);
      exportChecked(stack, i + 2);
    }
  }

  @Test
  void aDivergedHistoryIsReadThroughTheInterpreter() throws Exception {
    Path dir = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(
        dir.resolve("V1__init.sql"),
        "create table books (id bigint not null auto_increment, title varchar(200) not null,"
            + " constraint pk_books primary key (id));\n");
    Files.writeString(
        dir.resolve("V2__isbn.sql"), "alter table books add isbn varchar(20) null;\n");
    ModelFixture f = bookModel();

    ExportPlan plan =
        new ProjectExporter().plan(f.model(), project, new ExportOptions(null, false, null));
    assertThat(plan.migrations().notices())
        .anyMatch(n -> n.contains("existing migrations produce in " + InterpreterProof.WHAT));
    assertThat(plan.migrations().statements())
        .extracting(MigrationStatement::summary)
        .containsExactly("add column books.pages");
    assertThat(plan.migrations().proof()).startsWith(CHECKED + ": 3 migration(s)");
  }

  @Test
  void aDivergedHistoryTheInterpreterCannotReadIsRefusedNamingFileAndLine() throws Exception {
    Path dir = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(
        dir.resolve("V1__init.sql"),
        "create table books (id bigint not null auto_increment, name varchar(200) not null,"
            + " constraint pk_books primary key (id));\n");
    Files.writeString(
        dir.resolve("V2__rename.sql"),
        "-- MySQL's CHANGE, which jOOQ's parser does not know\n"
            + "alter table books change column name title varchar(200) not null;\n");

    assertThatThrownBy(
            () ->
                new ProjectExporter()
                    .plan(bookModel().model(), project, new ExportOptions(null, false, null)))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("pass --verify-jdbc URL")
        .satisfies(
            e ->
                assertThat(((ExportException) e).details())
                    .singleElement()
                    .asString()
                    .startsWith("V2__rename.sql line 2: alter table books change column"));
  }

  private static ModelFixture bookModel() {
    ModelFixture f = ModelFixture.of(Dialect.MYSQL);
    String book = f.entity("Book");
    f.attribute(book, "title", LogicalType.STRING, b -> b.length(200).nullable(false));
    f.attribute(book, "isbn", LogicalType.STRING, b -> b.length(20));
    f.attribute(book, "pages", LogicalType.INT);
    return f;
  }

  private void exportChecked(CommandStack stack, int migrations) throws Exception {
    ProjectExporter exporter = new ProjectExporter();
    ExportPlan plan;
    try {
      plan = exporter.plan(stack.model(), project, new ExportOptions(null, true, null));
    } catch (ExportException e) {
      throw new AssertionError(e.getMessage() + "\n" + String.join("\n", e.details()), e);
    }
    assertThat(plan.migrations().scripts()).as("a new migration").hasSize(1);
    assertThat(plan.migrations().proof())
        .as("after migration %d: %s", migrations, plan.migrations().notices())
        .startsWith(CHECKED + ": " + migrations + " migration(s)");
    exporter.write(plan);
  }
}
