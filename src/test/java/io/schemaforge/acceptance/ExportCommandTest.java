package io.schemaforge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.acceptance.CommandLineTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schemaforge export} as a user runs it: the first export writes V1, entities, DTOs and
 * mappers; a dry run writes nothing; a destructive change is refused without the flag; an edited
 * generated file stops the export with exit 3; bad input gets exit 1 or 2 and a clear message.
 */
class ExportCommandTest {
  @TempDir Path dir;
  Path project;
  Path model;

  @BeforeEach
  void setUp() throws Exception {
    project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    model = dir.resolve("blog.schemaforge.json");
    Files.copy(ProjectRoot.example("blog"), model);
  }

  private Result export(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("export", model.toString(), "--target", project.toString(), "--dialect", "h2"));
    args.addAll(List.of(extra));
    return CommandLineTest.run(args.toArray(String[]::new));
  }

  private List<String> filesIn(Path root) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void firstExportWritesV1AndJavaSourcesAndSecondWritesNothing() throws Exception {
    Result r = export();
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("new migration: V1__create_blog.sql")
        .contains("proof: proven on in-process H2");
    Path migrations = project.resolve("src/main/resources/db/migration");
    assertThat(Files.readString(migrations.resolve("V1__create_blog.sql")))
        .contains("create table posts");
    assertThat(project.resolve("src/main/java/com/example/blog/domain/Post.java")).exists();
    assertThat(project.resolve("src/main/java/com/example/blog/dto/PostCreate.java")).exists();

    List<String> before = filesIn(project);
    Result again = export();
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("no new migration").contains("nothing to write");
    assertThat(filesIn(project)).isEqualTo(before);
  }

  @Test
  void dryRunWritesNothing() throws Exception {
    Result r = export("--dry-run");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("V1__create_blog.sql")
        .contains("base package: com.example.blog (model)")
        .contains("dry run: nothing was written");
    assertThat(filesIn(project)).containsExactly("pom.xml");
  }

  @Test
  void aModelWithoutBasePackageTakesTheProjectsSpringBootApplicationPackage() throws Exception {
    Files.writeString(
        model, Files.readString(model).replaceFirst("\\s*\"basePackage\"\\s*:\\s*\"[^\"]*\",", ""));
    assertThat(Files.readString(model)).doesNotContain("basePackage");
    Path app = project.resolve("src/main/java/org/acme/blogapp/BlogApplication.java");
    Files.createDirectories(app.getParent());
    Files.writeString(
        app,
        "package org.acme.blogapp;\n\n@SpringBootApplication\npublic class BlogApplication {}\n");

    Result dry = export("--dry-run");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out())
        .contains(
            "base package: org.acme.blogapp (detected: @SpringBootApplication in"
                + " src/main/java/org/acme/blogapp/BlogApplication.java)");
    Result r = export();
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(project.resolve("src/main/java/org/acme/blogapp/domain/Post.java")).exists();
    assertThat(
            Files.readString(project.resolve("src/main/java/org/acme/blogapp/dto/PostCreate.java")))
        .contains("package org.acme.blogapp.dto;");
  }

  @Test
  void droppingAColumnIsRefusedWithoutAllowDestructive() throws Exception {
    assertThat(export().code()).isZero();
    String json = Files.readString(model);
    // Remove the attribute "displayName" of User from the model file.
    int start = json.lastIndexOf("{", json.indexOf("\"id\" : \"att_user_display_name\""));
    int end = json.indexOf("}", json.indexOf("\"id\" : \"att_user_display_name\"")) + 1;
    String edited = json.substring(0, start) + json.substring(end);
    edited = edited.replaceAll(",\\s*,", ",").replaceAll(",(\\s*)]", "$1]");
    Files.writeString(model, edited);
    List<String> before = filesIn(project);

    Result refused = export();
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err())
        .contains("DANGER: drop column users.display_name")
        .contains("--allow-destructive");
    assertThat(filesIn(project)).isEqualTo(before);

    Result allowed = export("--allow-destructive");
    assertThat(allowed.code()).as(allowed.err()).isZero();
    assertThat(filesIn(project))
        .contains(
            "src/main/resources/db/migration/V2__drop_column_users_display_name_and_its_data.sql");
  }

  @Test
  void anEditedGeneratedFileStopsTheExportUntilForced() throws Exception {
    assertThat(export().code()).isZero();
    Path post = project.resolve("src/main/java/com/example/blog/domain/Post.java");
    Files.writeString(post, Files.readString(post) + "\n// my change\n");

    Result r = export();
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("CONFLICT: src/main/java/com/example/blog/domain/Post.java");
    assertThat(Files.readString(post)).endsWith("// my change\n");

    Result forced = export("--force");
    assertThat(forced.code()).isZero();
    assertThat(Files.readString(post)).doesNotContain("// my change");
    assertThat(Files.readString(post.resolveSibling("Post.java.bak"))).endsWith("// my change\n");
  }

  @Test
  void aModelWithErrorsIsRefusedWithItsErrors() throws Exception {
    Files.writeString(
        model, Files.readString(model).replace("\"table\" : \"users\"", "\"table\" : \"user\""));
    Result r = export();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error(s)").contains("reserved-word");
    assertThat(filesIn(project)).containsExactly("pom.xml");
  }

  @Test
  void unknownDialectAndMissingTargetAreUnusableInput() {
    Result dialect =
        CommandLineTest.run(
            "export", model.toString(), "--target", project.toString(), "--dialect", "oracle");
    assertThat(dialect.code()).isEqualTo(2);
    assertThat(dialect.err()).contains("postgres, mysql, mariadb, h2 or sqlite");

    Result missing =
        CommandLineTest.run("export", model.toString(), "--target", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist");
  }
}
