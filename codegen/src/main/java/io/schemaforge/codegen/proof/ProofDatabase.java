package io.schemaforge.codegen.proof;

import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * A scratch database that exists for one proof: migrations are replayed into it and its catalog is
 * read back. Closing it drops it.
 */
public interface ProofDatabase extends AutoCloseable {
  Dialect dialect();

  String url();

  String user();

  String password();

  /** What the proof ran on, for the report ("embedded PostgreSQL 16.9"). */
  String description();

  default Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }

  /**
   * Before the first replay: a database whose engine kept an earlier proven history may start from
   * it when that history is a prefix of {@code migrations}, so Flyway only applies the rest. By
   * default the database stays empty.
   */
  default void resumeProvenHistory(List<Migration> migrations) {}

  /**
   * The migrations applied here have been proven (the catalog matched the model): the database may
   * keep them for the next proof instead of being dropped. Does nothing by default.
   */
  default void keepProvenHistory(List<Migration> migrations) {}

  @Override
  void close();
}
