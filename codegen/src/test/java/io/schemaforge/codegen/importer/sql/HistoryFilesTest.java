package io.schemaforge.codegen.importer.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.model.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFilesTest {
  @TempDir Path dir;

  private Path write(String relative, String content) throws Exception {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  private static List<String> names(HistoryFiles.Collected c) {
    return c.files().stream().map(HistoryFile::fileName).toList();
  }

  @Test
  void versionedByNumericVersionThenRepeatableByDescriptionAndUndoLeftOut() throws Exception {
    for (String f :
        List.of(
            "V10__ten.sql",
            "V2__two.sql",
            "V1_2__one_two.sql",
            "V1.1__one_one.sql",
            "R__b_view.sql",
            "R__a_view.sql",
            "U2__undo_two.sql",
            "V1__one.sql")) {
      write("db/" + f, "select 1;");
    }
    HistoryFiles.Collected c = HistoryFiles.collect(List.of(dir.resolve("db")), null);
    assertThat(names(c))
        .containsExactly(
            "V1__one.sql",
            "V1.1__one_one.sql",
            "V1_2__one_two.sql",
            "V2__two.sql",
            "V10__ten.sql",
            "R__a_view.sql",
            "R__b_view.sql");
    assertThat(c.findings()).anySatisfy(f -> assertThat(f.file()).endsWith("U2__undo_two.sql"));
    assertThat(c.files().get(3).version()).hasSize(1);
    assertThat(c.files().get(0).kind()).isEqualTo(HistoryFile.Kind.VERSIONED);
    assertThat(c.files().get(5).kind()).isEqualTo(HistoryFile.Kind.REPEATABLE);
  }

  @Test
  void looseFilesGivenOneByOneKeepTheOrderGiven() throws Exception {
    Path b = write("b.sql", "create table b (id int);");
    Path a = write("a.sql", "create table a (id int);");
    HistoryFiles.Collected c = HistoryFiles.collect(List.of(b, a), null);
    assertThat(names(c)).containsExactly("b.sql", "a.sql");
    assertThat(c.files()).allMatch(f -> f.kind() == HistoryFile.Kind.LOOSE);
  }

  @Test
  void oneVendorIsChosenAmongVariantsForSeveralDatabases() throws Exception {
    write("mig/postgresql/V1__init.sql", "create table a (id serial);");
    write("mig/mysql/V1__init.sql", "create table a (id int auto_increment);");
    write("mig/mysql/V2__more.sql", "create table b (id int);");
    HistoryFiles.Collected pg = HistoryFiles.collect(List.of(dir.resolve("mig")), null);
    assertThat(pg.files())
        .extracting(HistoryFile::content)
        .containsExactly("create table a (id serial);");
    assertThat(pg.vendor()).contains("postgres");
    assertThat(pg.findings()).anySatisfy(f -> assertThat(f.message()).contains("mysql"));

    HistoryFiles.Collected my = HistoryFiles.collect(List.of(dir.resolve("mig")), Dialect.MARIADB);
    assertThat(names(my)).containsExactly("V1__init.sql", "V2__more.sql");
    assertThat(my.vendor()).contains("mysql");
  }

  @Test
  void scriptFileNamesPickTheVendorToo() throws Exception {
    write("q/tables_postgres.sql", "create table a (id int);");
    write("q/tables_oracle.sql", "create table a (id number);");
    write("q/tables_h2.sql", "create table a (id int);");
    assertThat(names(HistoryFiles.collect(List.of(dir.resolve("q")), null)))
        .containsExactly("tables_postgres.sql");
    assertThat(names(HistoryFiles.collect(List.of(dir.resolve("q")), Dialect.H2)))
        .containsExactly("tables_h2.sql");
  }

  @Test
  void aProjectFolderUsesItsFlywayLocationsAndIgnoresJavaAndTests() throws Exception {
    write("pom.xml", "<project/>");
    write("src/main/resources/db/migration/V1__init.sql", "create table a (id int);");
    write("src/main/resources/db/migration/notes.sql", "select 1;");
    write("src/test/resources/db/testdata/V1__fixtures.sql", "insert into a values (1);");
    write("target/classes/db/migration/V1__init.sql", "create table a (id int);");
    write("src/main/java/A.java", "class A {}");
    HistoryFiles.Collected c = HistoryFiles.collect(List.of(dir), null);
    assertThat(c.files())
        .extracting(HistoryFile::path)
        .containsExactly(dir.resolve("src/main/resources/db/migration/V1__init.sql"));
    assertThat(c.findings())
        .extracting(ImportFinding::message)
        .anySatisfy(m -> assertThat(m).contains("notes.sql"));
  }

  @Test
  void configuredFlywayLocationIsUsed() throws Exception {
    write("pom.xml", "<project/>");
    write(
        "src/main/resources/application.properties",
        "spring.flyway.locations=classpath:db/schema\n");
    write("src/main/resources/db/schema/V1__init.sql", "create table a (id int);");
    write("src/main/resources/db/other/V1__other.sql", "create table b (id int);");
    assertThat(names(HistoryFiles.collect(List.of(dir), null))).containsExactly("V1__init.sql");
  }

  @Test
  void unusableInputIsAnExceptionNamingIt() throws Exception {
    assertThatThrownBy(() -> HistoryFiles.collect(List.of(dir.resolve("nope")), null))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("no such file");
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> HistoryFiles.collect(List.of(dir.resolve("empty")), null))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no SQL scripts found");
    Path txt = write("x.txt", "hello");
    assertThatThrownBy(() -> HistoryFiles.collect(List.of(txt), null))
        .hasMessageContaining("not a .sql file");
  }

  @Test
  void dialectIsGuessedFromNamesThenSyntax() throws Exception {
    Path my = write("s/schema.sql", "create table `a` (id int auto_increment) engine=InnoDB;");
    HistoryFiles.Collected c = HistoryFiles.collect(List.of(my), null);
    DialectGuess g = DialectGuesser.guess(c.files(), c.vendor());
    assertThat(g.dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(g.reason()).contains("schema.sql:1");

    Path pg = write("s/schema-pg.sql", "create table a (id bigserial);");
    HistoryFiles.Collected byName = HistoryFiles.collect(List.of(pg), null);
    assertThat(DialectGuesser.guess(byName.files(), byName.vendor()).reason()).contains("names");

    Map<String, Dialect> bySyntax =
        Map.of(
            "create table a (id integer primary key autoincrement);", Dialect.SQLITE,
            "create table a (id serial, j jsonb);", Dialect.POSTGRES);
    for (var e : bySyntax.entrySet()) {
      Path p = write("t/x.sql", e.getKey());
      HistoryFiles.Collected x = HistoryFiles.collect(List.of(p), null);
      assertThat(DialectGuesser.guess(x.files(), x.vendor()).dialect()).isEqualTo(e.getValue());
    }
  }

  @Test
  void placeholdersAreReportedWithFileAndLineAndFlywayOnesExpanded() {
    Placeholders p = Placeholders.flywayDefaults("public", "me", "db", "V1__a.sql");
    List<ImportFinding> findings = new ArrayList<>();
    SqlStatement s =
        new SqlStatement(
            "create table ${flyway:defaultSchema}.a (\n  id int,\n  x ${idType}\n)",
            "V1__a.sql",
            7);
    String sql = p.expand(s, findings);
    assertThat(sql).startsWith("create table public.a").contains("x ${idType}");
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.describe()).startsWith("V1__a.sql:9: placeholder ${idType}");
              assertThat(f.severity()).isEqualTo(ImportFinding.Severity.WARNING);
            });
  }
}
