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
 */
public record ExportOptions(Dialect dialect, boolean allowDestructive, JdbcTarget verifyServer) {
  public static ExportOptions defaults() {
    return new ExportOptions(null, false, null);
  }
}
