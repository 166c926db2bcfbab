package io.schemaforge.codegen.migration;

import java.util.Objects;

/**
 * One statement of a migration with its risk class and a one-line summary that the script writes as
 * a comment above it and the command line prints.
 *
 * @param sql the statement without its terminating semicolon
 */
public record MigrationStatement(Risk risk, String summary, String sql) {
  public MigrationStatement {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(sql, "sql");
  }
}
