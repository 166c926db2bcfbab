package io.schemaforge.codegen.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.model.Dialect;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proof on the embedded server starts from the history proven last in the process only when that
 * history is, file for file, the start of the one to prove; Flyway then applies the rest.
 */
class ProvenHistoryTest {
  private static final Migration V1 =
      migration(1, "create table author (id bigint primary key, name varchar(80) not null)");
  private static final Migration V2 = migration(2, "alter table author add column born date");

  private static Migration migration(int version, String sql) {
    return new Migration(
        "V" + version + "__step.sql", List.of(BigInteger.valueOf(version)), sql + ";\n", null);
  }

  @BeforeEach
  @AfterEach
  void startWithoutAKeptHistory() throws Exception {
    try (Connection c = EmbeddedPostgresServer.get().getPostgresDatabase().getConnection()) {
      ProvenHistory.forget(c);
    }
  }

  /** Proves (applies) the migrations and keeps them when asked; returns what Flyway executed. */
  private static int replay(List<Migration> migrations, boolean keep) throws Exception {
    try (ProofDatabase db = ProofDatabases.open(Dialect.POSTGRES, null).orElseThrow()) {
      int executed = MigrationReplay.apply(db, migrations).migrationsExecuted;
      assertThat(columns(db)).isEqualTo(expectedColumns(migrations));
      assertThat(historyRows(db)).isEqualTo(migrations.size());
      if (keep) {
        db.keepProvenHistory(migrations);
      }
      return executed;
    }
  }

  private static List<String> expectedColumns(List<Migration> migrations) {
    List<String> columns = new ArrayList<>(List.of("id", "name"));
    if (migrations.contains(V2)) {
      columns.add("born");
    }
    return columns;
  }

  private static List<String> columns(ProofDatabase db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.connect();
        ResultSet rs = c.getMetaData().getColumns(null, "public", "author", "%")) {
      while (rs.next()) {
        out.add(rs.getString("COLUMN_NAME"));
      }
    }
    return out;
  }

  private static int historyRows(ProofDatabase db) throws Exception {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where success")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static int databasesNamedLikeProofs() throws Exception {
    try (Connection c = EmbeddedPostgresServer.get().getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select count(*) from pg_database where datname like 'sf_proof_%'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void theNextProofAppliesOnlyTheNewFileOnTopOfAProvenHistory() throws Exception {
    assertThat(replay(List.of(V1), true)).isEqualTo(1);

    assertThat(replay(List.of(V1, V2), true)).isEqualTo(1);
    // The same history again: nothing left to apply, Flyway only validates.
    assertThat(replay(List.of(V1, V2), false)).isZero();
  }

  @Test
  void anEditedEarlierFileMeansAFullReplay() throws Exception {
    replay(List.of(V1), true);
    Migration editedV1 =
        migration(1, "create table author (id bigint primary key, name varchar(90) not null)");

    try (ProofDatabase db = ProofDatabases.open(Dialect.POSTGRES, null).orElseThrow()) {
      assertThat(MigrationReplay.apply(db, List.of(editedV1, V2)).migrationsExecuted).isEqualTo(2);
    }
  }

  @Test
  void aHistoryThatWasNotProvenIsNotReused() throws Exception {
    replay(List.of(V1), false);

    assertThat(replay(List.of(V1, V2), false)).isEqualTo(2);
  }

  @Test
  void aLongerKeptHistoryIsNotUsedForAShorterOne() throws Exception {
    replay(List.of(V1, V2), true);

    assertThat(replay(List.of(V1), false)).isEqualTo(1);
  }

  @Test
  void aFailingNewFileStillNamesItselfAfterAReusedHistory() throws Exception {
    replay(List.of(V1), true);
    Migration broken = migration(2, "alter table author add column born no_such_type");

    try (ProofDatabase db = ProofDatabases.open(Dialect.POSTGRES, null).orElseThrow()) {
      assertThatThrownBy(() -> MigrationReplay.apply(db, List.of(V1, broken)))
          .hasMessageContaining("V2__step.sql")
          .hasMessageContaining("no_such_type");
    }
  }

  @Test
  void onlyOneHistoryIsKeptAndEveryOtherProofDatabaseIsDropped() throws Exception {
    int before = databasesNamedLikeProofs();
    replay(List.of(V1), true);
    replay(List.of(V1, V2), true);
    replay(List.of(V1, V2), false);

    assertThat(databasesNamedLikeProofs()).isEqualTo(before + 1);
  }
}
