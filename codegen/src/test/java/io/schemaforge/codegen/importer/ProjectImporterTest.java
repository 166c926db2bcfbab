package io.schemaforge.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ProjectImporter} on whole projects: migrations and entities reconciled (names from the
 * sources, drift with the Java file and line, recorded in the model), entities alone, and MySQL
 * scripts interpreted by jOOQ when no server is given.
 */
class ProjectImporterTest {
  private static final String DRIFT_FILE = "src/main/java/com/acme/shop/Customer.java";

  @TempDir Path dir;

  static Path fixture(String name) throws Exception {
    return Path.of(ProjectImporterTest.class.getResource("/importer/" + name + "/pom.xml").toURI())
        .getParent();
  }

  private static ImportOptions options(Path path, Dialect dialect) {
    return new ImportOptions(List.of(path), dialect, null, "shop");
  }

  private static List<String> entityNames(Model m) {
    return m.schema().entities().stream().map(Entity::name).sorted().toList();
  }

  /** The line of the first occurrence of {@code text} in the fixture file, 1-based. */
  private static int lineOf(Path project, String file, String text) throws Exception {
    List<String> lines = Files.readAllLines(project.resolve(file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void projectWithMigrationsAndEntitiesTakesTheClassNamesAndReportsTheDrift() throws Exception {
    Path project = fixture("project-drift");

    ProjectImporter.Result r = new ProjectImporter().importModel(options(project, null));

    Model model = r.imported().model();
    assertThat(r.schema().dialect()).isEqualTo(Dialect.POSTGRES);
    assertThat(r.schema().schema().tables()).hasSize(2);
    assertThat(entityNames(model)).containsExactly("Customer", "PurchaseOrder");
    Entity customer = model.schema().entityByName("Customer").orElseThrow();
    assertThat(customer.attributes().stream().map(a -> a.name()).toList()).contains("fullName");
    Relationship placed = model.schema().relationships().get(0);
    assertThat(placed.targetNavigation()).isEqualTo("customer");

    List<ImportFinding> drift =
        r.imported().findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .filter(f -> f.message().contains("loyalty_code"))
            .toList();
    assertThat(drift).singleElement().satisfies(f -> assertThat(f.file()).isEqualTo(DRIFT_FILE));
    int line = drift.get(0).line();
    assertThat(line)
        .isBetween(
            lineOf(project, DRIFT_FILE, "name = \"loyalty_code\""),
            lineOf(project, DRIFT_FILE, "String loyaltyCode"));
    assertThat(model.schema().importIssues())
        .extracting(ImportIssue::file, ImportIssue::line, ImportIssue::message)
        .contains(org.assertj.core.groups.Tuple.tuple(DRIFT_FILE, line, drift.get(0).message()));
    assertThat(r.imported().findings()).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void entitiesWithoutMigrationsBuildTheModelFromTheEntities() throws Exception {
    Path project = fixture("entities-only");

    ProjectImporter.Result r = new ProjectImporter().importModel(options(project, Dialect.MYSQL));

    Model model = r.imported().model();
    assertThat(entityNames(model)).containsExactly("Customer", "PurchaseOrder");
    assertThat(model.schema().dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(model.schema().entityByName("PurchaseOrder").orElseThrow().tableName())
        .isEqualTo("purchase_order");
    assertThat(model.schema().relationships()).hasSize(1);
    assertThat(r.entities().entities()).hasSize(2);
    assertThat(r.schema().history()).isEmpty();
    assertThat(r.imported().findings())
        .anyMatch(f -> f.message().startsWith("no migrations found"))
        .noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void aFolderWithNeitherScriptsNorEntitiesIsStillUnusable() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("Plain.java"), "class Plain {}");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ProjectImporter().importModel(options(empty, null)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no SQL scripts found");
  }

  @Test
  void mysqlScriptsWithoutAServerGoThroughTheInterpreter() throws Exception {
    Path scripts = Files.createDirectories(dir.resolve("db/migration"));
    String v1 =
        """
        create table author (
          id int auto_increment primary key,
          name varchar(100) not null
        ) engine = InnoDB;

        create table book (
          id int auto_increment primary key,
          title varchar(200) not null,
          author_id int not null,
          constraint fk_book_author foreign key (author_id) references author (id)
        );

        create fancy nonsense over author;

        DELIMITER //
        create trigger book_touch before insert on book for each row
        begin
          set new.title = trim(new.title);
        end//
        DELIMITER ;
        """;
    Files.writeString(scripts.resolve("V1__init.sql"), v1);
    Files.writeString(
        scripts.resolve("V2__isbn.sql"), "alter table book add column isbn varchar(13);\n");
    int broken = (int) v1.lines().takeWhile(l -> !l.startsWith("create fancy")).count() + 1;
    int trigger = (int) v1.lines().takeWhile(l -> !l.startsWith("create trigger")).count() + 1;
    String file = scripts.resolve("V1__init.sql").toString();

    ProjectImporter.Result r =
        new ProjectImporter().importModel(options(dir.resolve("db"), Dialect.MYSQL));

    assertThat(
            r.schema().schema().tables().stream()
                .map(t -> t.name().toLowerCase(Locale.ROOT))
                .sorted())
        .containsExactly("author", "book");
    assertThat(
            r.schema().schema().tableNamed("book").orElseThrow().columns().stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT)))
        .containsExactly("id", "title", "author_id", "isbn");
    assertThat(r.imported().model().schema().relationships()).hasSize(1);
    List<ImportFinding> errors =
        r.imported().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    // the nonsense, and the trigger (one statement: the splitter honours DELIMITER), which the
    // interpreter does not model
    assertThat(errors)
        .extracting(ImportFinding::file, ImportFinding::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(file, broken),
            org.assertj.core.groups.Tuple.tuple(file, trigger));
    assertThat(r.imported().findings())
        .filteredOn(f -> f.severity() == Severity.WARNING)
        .anyMatch(f -> f.message().contains("jOOQ") && f.message().contains("--jdbc"));
  }
}
