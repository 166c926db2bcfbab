package io.schemaforge.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus acceptance test: each real third-party schema (fetched from Maven Central by the
 * build) is replayed on PostgreSQL, read back, turned into a model, exported as a V1 migration by
 * the real exporter (proven on the PostgreSQL service), applied to a fresh database, and the facts
 * of that database must equal the ground truth read from the original scripts.
 */
class CorpusImportTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();

  static Iterable<CorpusCase> cases() {
    return CorpusCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void importExportApplyKeepsTheFactsOfTheSchema(CorpusCase c, @TempDir Path project)
      throws Exception {
    TestDatabase source = databases.create(TestEngine.POSTGRES);
    long t0 = System.nanoTime();
    try (Connection conn = source.connect();
        Statement s = conn.createStatement()) {
      for (Path f : c.files()) {
        s.execute(Files.readString(f)); // the project's own scripts, as its users run them
      }
    }
    long t1 = System.nanoTime();
    DbSchema catalog;
    try (Connection conn = source.connect()) {
      catalog = new CatalogReader().read(conn, Dialect.POSTGRES);
    }
    long tRead = System.nanoTime();
    ImportedModel imported = new ModelFromCatalog(Dialect.POSTGRES).build(catalog, c.name());
    long t2 = System.nanoTime();
    Model model = imported.model();
    // Kept for a look in the designer: target/imported/<case>.schemaforge.json.
    Path saved = Path.of("target", "imported", c.name() + ".schemaforge.json");
    Files.createDirectories(saved.getParent());
    Files.writeString(saved, io.schemaforge.projectfile.ProjectFileWriter.toJson(model));

    ExportPlan plan =
        new ProjectExporter()
            .plan(
                model,
                project,
                new ExportOptions(
                    Dialect.POSTGRES,
                    false,
                    new JdbcTarget("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")));
    long t3 = System.nanoTime();
    assertThat(plan.migrations().versions()).isEqualTo("V1");
    assertThat(plan.migrations().proof()).startsWith("proven");
    String v1 = plan.migrations().scripts().get(0).content();

    TestDatabase target = databases.create(TestEngine.POSTGRES);
    try (Connection conn = target.connect();
        Statement s = conn.createStatement()) {
      s.execute(v1);
    }
    SchemaFacts expected = SchemaFacts.groundTruth(c.groundTruth()).withCharAsVarchar();
    SchemaFacts actual;
    try (Connection conn = target.connect()) {
      actual = SchemaFacts.read(conn);
    }
    assertThat(actual.columns()).as("columns per table").isEqualTo(expected.columns());
    // The model orders a primary key by its attributes; a key declared in another order (three
    // hawkBit tables) is exported in column order, and the importer says so for each such table.
    // Those keys are compared as column sets; every other key in its exact order.
    java.util.Set<String> reordered = new java.util.TreeSet<>();
    imported.findings().stream()
        .filter(f -> f.message().contains("not in column order"))
        .forEach(f -> reordered.add(f.element()));
    expected
        .primaryKeys()
        .forEach(
            (table, key) -> {
              String got = actual.primaryKeys().get(table);
              if (!key.equals(got)) {
                assertThat(reordered).as("reported reordered keys").contains(table);
                assertThat(sorted(got)).as("key of " + table).isEqualTo(sorted(key));
              }
            });
    assertThat(actual.primaryKeys().keySet()).isEqualTo(expected.primaryKeys().keySet());
    assertThat(actual.foreignKeys()).as("foreign keys").isEqualTo(expected.foreignKeys());

    if (c.name().equals("nifi-registry")) {
      // A foreign key that is also the primary key is a one-to-one.
      assertThat(model.schema().relationships())
          .anySatisfy(
              r -> {
                assertThat(r.kind()).isEqualTo(RelationshipKind.ONE_TO_ONE);
                assertThat(
                        model.schema().requireEntity(r.targetEntityId()).primaryKey().stream()
                            .map(a -> a.id())
                            .toList())
                    .isEqualTo(r.foreignKeyAttributeIds());
              });
    }
    // Laid out so it reads without touching it: every entity placed, no two cards overlapping.
    java.util.List<io.schemaforge.model.Bounds> boxes =
        model.schema().entities().stream()
            .map(e -> model.layout().bounds(e.id()).orElseThrow())
            .toList();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(overlap(boxes.get(i), boxes.get(j)))
            .as("cards %d and %d overlap", i, j)
            .isFalse();
      }
    }
    long relationships = model.schema().relationships().size();
    if (expected.foreignKeys().isEmpty()) {
      assertThat(relationships).as("no relationship invented").isZero();
    }
    System.out.printf(
        "CORPUS %s: %d tables -> %d entities, %d relationships (%s); replay %d ms, catalog read"
            + " %d ms, model build (incl. layout) %d ms, export V1 with proof %d ms; %d finding(s)%n",
        c.name(),
        expected.columns().size(),
        model.schema().entities().size(),
        relationships,
        kinds(model),
        (t1 - t0) / 1_000_000,
        (tRead - t1) / 1_000_000,
        (t2 - tRead) / 1_000_000,
        (t3 - t2) / 1_000_000,
        imported.findings().size());
    imported.findings().forEach(f -> System.out.println("  " + f.severity() + " " + f.describe()));
  }

  private static boolean overlap(io.schemaforge.model.Bounds a, io.schemaforge.model.Bounds b) {
    return a.x() < b.x() + b.width()
        && b.x() < a.x() + a.width()
        && a.y() < b.y() + b.height()
        && b.y() < a.y() + a.height();
  }

  private static java.util.List<String> sorted(String columns) {
    return columns == null ? null : java.util.Arrays.stream(columns.split(",")).sorted().toList();
  }

  private static String kinds(Model model) {
    StringBuilder sb = new StringBuilder();
    for (RelationshipKind k : RelationshipKind.values()) {
      long n =
          model.schema().relationships().stream().map(Relationship::kind).filter(k::equals).count();
      if (n > 0) {
        sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(k);
      }
    }
    return sb.toString();
  }
}
