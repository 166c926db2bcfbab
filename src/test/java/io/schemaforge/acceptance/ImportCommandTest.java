package io.schemaforge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.acceptance.CommandLineTest.Result;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schemaforge import} as a user runs it: a project's migrations become a model file; a
 * statement the engine refuses is printed as {@code file:line} and gives exit 1 with the model
 * still written; unusable input gives exit 2 and writes nothing; an existing model is only replaced
 * with {@code --force}.
 */
class ImportCommandTest {
  @TempDir Path dir;
  Path project;
  Path migrations;
  Path out;

  @BeforeEach
  void setUp() throws Exception {
    project = Files.createDirectories(dir.resolve("shop"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration/h2"));
    Files.writeString(
        migrations.resolve("V1__customers.sql"),
        """
        create table customer (
          id bigint auto_increment primary key,
          email varchar(200) not null unique
        );
        """);
    Files.writeString(
        migrations.resolve("V2__orders.sql"),
        """
        create table purchase_order (
          id bigint auto_increment primary key,
          customer_id bigint not null references customer (id),
          total numeric(12, 2) not null
        );
        """);
    out = dir.resolve("shop.schemaforge.json");
  }

  private static Result run(String... args) {
    return CommandLineTest.run(args);
  }

  @Test
  void aProjectFolderBecomesAModelFile() throws Exception {
    Result r = run("import", project.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("assumed h2 from the file and folder names")
        .containsPattern(
            "imported 2 table\\(s\\) as 2 entities and 1 relationship\\(s\\) \\(h2\\) in [0-9.]+ s");
    Model m = ProjectFiles.load(out);
    assertThat(m.schema().entities()).hasSize(2);
    assertThat(m.schema().dialect().cliName()).isEqualTo("h2");
    assertThat(m.schema().name()).isEqualTo("shop");
  }

  @Test
  void progressPrintsEachStepToStderrOnlyWhenAsked() throws Exception {
    Result shown = run("import", project.toString(), "--out", out.toString(), "--progress");
    assertThat(shown.code()).as(shown.err()).isZero();
    assertThat(shown.err())
        .contains("import: Replaying V1__customers.sql (1 of 2)")
        .contains("import: Replaying V2__orders.sql (2 of 2)");
    assertThat(shown.out()).doesNotContain("import: ");

    Result quiet = run("import", project.toString(), "--out", out.toString(), "--force");
    assertThat(quiet.code()).as(quiet.err()).isZero();
    assertThat(quiet.err()).doesNotContain("import: ");
  }

  @Test
  void aRefusedStatementIsPrintedWithFileAndLineAndExitsOneWithTheModelWritten() throws Exception {
    Files.writeString(
        migrations.resolve("V3__broken.sql"),
        "alter table customer add column nickname varchar(40);\n\ncreate tabel oops (id int);\n");
    Result r = run("import", project.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err()).containsPattern("V3__broken\\.sql:3: error: statement not applied");
    assertThat(ProjectFiles.load(out).schema().entities()).hasSize(2);
  }

  @Test
  void anExistingModelIsOnlyReplacedWithForce() throws Exception {
    Files.writeString(out, "{}");
    Result refused = run("import", project.toString(), "--out", out.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("exists").contains("--force");
    assertThat(Files.readString(out)).isEqualTo("{}");

    Result forced = run("import", project.toString(), "--out", out.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(ProjectFiles.load(out).schema().entities()).hasSize(2);
    assertThat(ProjectFiles.backupOf(out)).hasContent("{}");
  }

  @Test
  void unusableInputExitsTwoAndWritesNothing() throws Exception {
    Result missing = run("import", dir.resolve("nope").toString(), "--out", out.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope: no such file or folder");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    Result noSql = run("import", empty.toString(), "--out", out.toString());
    assertThat(noSql.code()).isEqualTo(2);
    assertThat(noSql.err()).contains("no SQL scripts found");

    Result dialect =
        run("import", project.toString(), "--out", out.toString(), "--dialect", "oracle");
    assertThat(dialect.code()).isEqualTo(2);
    assertThat(dialect.err()).contains("unknown dialect 'oracle'").contains("postgres, mysql");

    Result unreachable =
        run("import", "--jdbc", "jdbc:postgresql://127.0.0.1:1/nothing", "--out", out.toString());
    assertThat(unreachable.code()).isEqualTo(2);
    assertThat(unreachable.err()).contains("cannot read jdbc:postgresql://127.0.0.1:1/nothing");

    assertThat(out).doesNotExist();
  }

  @Test
  void mysqlScriptsWithoutAServerAreInterpretedWithAWarning() throws Exception {
    Result r = run("import", project.toString(), "--out", out.toString(), "--dialect", "mysql");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("warning: no mysql server given")
        .contains("jOOQ")
        .contains("--jdbc");
    assertThat(r.out()).contains("imported 2 table(s) as 2 entities and 1 relationship(s) (mysql)");
    assertThat(ProjectFiles.load(out).schema().entities()).hasSize(2);
  }

  @Test
  void aProjectWithEntitySourcesTakesTheirNamesAndPrintsTheDriftWithFileAndLine() throws Exception {
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/acme/shop"));
    String customer =
        """
        package com.acme.shop;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "customer")
        public class Client {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;

          @Column(name = "email", nullable = false, length = 200, unique = true)
          private String mailAddress;

          @Column(name = "nickname", length = 40)
          private String nickname;
        }
        """;
    Files.writeString(sources.resolve("Client.java"), customer);
    Files.writeString(
        sources.resolve("PurchaseOrder.java"),
        """
        package com.acme.shop;

        import jakarta.persistence.*;
        import java.math.BigDecimal;

        @Entity
        @Table(name = "purchase_order")
        public class PurchaseOrder {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;

          @ManyToOne(optional = false)
          @JoinColumn(name = "customer_id", nullable = false)
          private Client buyer;

          @Column(nullable = false, precision = 12, scale = 2)
          private BigDecimal total;
        }
        """);
    int nicknameAnnotation =
        (int) customer.lines().takeWhile(l -> !l.contains("\"nickname\"")).count() + 1;

    Result r = run("import", project.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String drift =
        r.err()
            .lines()
            .filter(l -> l.contains("nickname"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no drift line in:\n" + r.err()));
    assertThat(drift)
        .matches(
            "src/main/java/com/acme/shop/Client\\.java:("
                + nicknameAnnotation
                + "|"
                + (nicknameAnnotation + 1)
                + "): warning: .*");
    Model m = ProjectFiles.load(out);
    assertThat(m.schema().entities()).extracting(e -> e.name()).contains("Client", "PurchaseOrder");
    assertThat(m.schema().importIssues())
        .anyMatch(
            i ->
                i.file().equals("src/main/java/com/acme/shop/Client.java")
                    && i.message().contains("nickname"));
  }
}
