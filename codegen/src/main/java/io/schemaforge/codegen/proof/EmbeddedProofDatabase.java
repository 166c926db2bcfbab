package io.schemaforge.codegen.proof;

import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.model.Dialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A proof database in the embedded PostgreSQL server that can start from the last history proven in
 * this process (see {@link ProvenHistory}) and, once its own migrations are proven, become that
 * history instead of being dropped.
 */
final class EmbeddedProofDatabase implements ProofDatabase {
  private final EmbeddedPostgres server;
  private final String name;
  private boolean replayed;
  private List<ProvenHistory.Step> keep;

  private EmbeddedProofDatabase(EmbeddedPostgres server, String name) {
    this.server = server;
    this.name = name;
  }

  static EmbeddedProofDatabase create(EmbeddedPostgres server, String name) throws SQLException {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
    return new EmbeddedProofDatabase(server, name);
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRES;
  }

  @Override
  public String url() {
    return server.getJdbcUrl("postgres", name);
  }

  @Override
  public String user() {
    return "postgres";
  }

  @Override
  public String password() {
    return null;
  }

  @Override
  public String description() {
    return "embedded PostgreSQL " + EmbeddedPostgresServer.version();
  }

  @Override
  public void resumeProvenHistory(List<Migration> migrations) {
    if (replayed) {
      return; // holds what an earlier replay applied: Flyway carries on from there
    }
    replayed = true;
    try (Connection c = server.getPostgresDatabase().getConnection()) {
      ProvenHistory.copyInto(c, name, ProvenHistory.steps(migrations));
    } catch (SQLException e) {
      // the copy failed and the database is empty again: Flyway replays everything
    }
  }

  @Override
  public void keepProvenHistory(List<Migration> migrations) {
    keep = ProvenHistory.steps(migrations);
  }

  @Override
  public void close() {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (keep == null) {
        s.execute("drop database if exists " + name + " with (force)");
      } else {
        ProvenHistory.adopt(c, name, keep);
      }
    } catch (SQLException e) {
      // a leftover scratch database in a throwaway server
    }
  }
}
