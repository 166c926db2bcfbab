package io.schemaforge.codegen.proof;

import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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

  @Override
  void close();
}
