package io.schemaforge.codegen.export;

import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.model.Dialect;

/**
 * How to export.
 *
 * @param dialect the target database; null for the model's own
 * @param allowDestructive whether DANGER statements may be written (the command line's {@code
 *     --allow-destructive}, the window's confirmation)
 * @param verifyServer a database server to prove the migrations on; required for MySQL/MariaDB
 * @param withJava whether entities, DTOs and mappers are written too
 * @param withRepositories whether Spring Data repositories are written
 * @param force whether generated files the user edited are overwritten (each keeps a {@code .bak})
 * @param withJooq whether jOOQ classes are written too (from jooq-codegen over the migrations
 *     replayed in a real engine); needs {@code withJava} and, for MySQL/MariaDB, {@code
 *     verifyServer}
 */
public record ExportOptions(
    Dialect dialect,
    boolean allowDestructive,
    JdbcTarget verifyServer,
    boolean withJava,
    boolean withRepositories,
    boolean force,
    boolean withJooq) {

  public static ExportOptions defaults() {
    return new ExportOptions(null, false, null, true, false, false, false);
  }

  /** Migrations only, as the evolution tests and the migration-only callers want. */
  public ExportOptions(Dialect dialect, boolean allowDestructive, JdbcTarget verifyServer) {
    this(dialect, allowDestructive, verifyServer, false, false, false, false);
  }

  public ExportOptions withAllowDestructive(boolean allow) {
    return new ExportOptions(
        dialect, allow, verifyServer, withJava, withRepositories, force, withJooq);
  }
}
