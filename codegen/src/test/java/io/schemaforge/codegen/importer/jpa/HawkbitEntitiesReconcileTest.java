package io.schemaforge.codegen.importer.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * hawkBit 0.3.0M7 (fetched from Maven Central by the build into target/corpus): its {@code
 * Jpa*.java} entities (javax) map exactly the 25 tables its PostgreSQL migration history creates,
 * and the two agree column by column.
 */
class HawkbitEntitiesReconcileTest {
  private static final Path SOURCES = Path.of("target/corpus/hawkbit-sources");
  private static final Path MIGRATIONS = Path.of("target/corpus/hawkbit/db/migration/POSTGRESQL");

  @RegisterExtension final TestDatabases databases = new TestDatabases();

  @Test
  void entitiesMapExactlyTheTwentyFiveTablesOfTheGroundTruth() throws Exception {
    long start = System.nanoTime();
    JpaModel jpa = new JpaSourceReader().read(List.of(SOURCES));
    System.out.printf(
        "hawkBit entity sources read in %d ms%n", (System.nanoTime() - start) / 1_000_000);

    assertThat(jpa.entities()).hasSize(20);
    assertThat(jpa.tableNames()).containsExactlyInAnyOrderElementsOf(groundTruthTables());
    assertThat(jpa.findings())
        .extracting(ImportFinding::severity)
        .containsOnly(ImportFinding.Severity.INFO);
  }

  @Test
  void entitiesAndPostgresMigrationsReconcileExceptForHawkbitsOwnKnownDifferences()
      throws Exception {
    JpaModel jpa = new JpaSourceReader().read(List.of(SOURCES));
    TestDatabase db = databases.create(TestEngine.EMBEDDED_POSTGRES);
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("filesystem:" + MIGRATIONS.toAbsolutePath())
        .load()
        .migrate();
    DbSchema schema;
    try (Connection c = db.connect()) {
      schema = new CatalogReader().read(c, db.dialect());
    }

    List<ImportFinding> drift = new EntityDrift().compare(jpa, schema);

    assertThat(schema.tables()).hasSizeGreaterThanOrEqualTo(25);
    drift.forEach(f -> System.out.println("hawkBit drift: " + f.severity() + " " + f.describe()));
    // hawkBit itself disagrees in four places, all checked against its sources: one is drift that
    // can refuse data (Action.MAINTENANCE_WINDOW_SCHEDULE_LENGTH = 128 on a varchar(40)); the
    // others lose nothing (two varchar(40) columns wider than their fields, and the misspelt,
    // nullable sp_rollout.group_theshold that no field maps).
    assertThat(drift)
        .filteredOn(f -> f.severity() != ImportFinding.Severity.INFO)
        .extracting(ImportFinding::element, ImportFinding::file, ImportFinding::line)
        .containsExactly(
            tuple(
                "sp_action.maintenance_cron_schedule",
                "org/eclipse/hawkbit/repository/jpa/model/JpaAction.java",
                129));
    assertThat(drift)
        .filteredOn(f -> f.severity() == ImportFinding.Severity.INFO)
        .extracting(ImportFinding::element)
        .containsExactlyInAnyOrder(
            "sp_action.maintenance_duration",
            "sp_action.maintenance_time_zone",
            "sp_rollout.group_theshold");
  }

  private static List<String> groundTruthTables() throws Exception {
    String text =
        new String(
            Objects.requireNonNull(
                    HawkbitEntitiesReconcileTest.class.getResourceAsStream(
                        "/importer/jpa/hawkbit.tables"))
                .readAllBytes(),
            StandardCharsets.UTF_8);
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
