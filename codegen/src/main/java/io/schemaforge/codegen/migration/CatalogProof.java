package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.codegen.proof.MigrationReplay;
import io.schemaforge.codegen.proof.MigrationReplay.ReplayException;
import io.schemaforge.codegen.proof.ProofDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Replays migrations in a scratch database and reads (or checks) the catalog they produce. */
final class CatalogProof {
  private CatalogProof() {}

  static DbSchema replayAndRead(ProofDatabase db, List<Migration> migrations)
      throws IOException, SQLException, ExportException {
    replay(db, migrations);
    try (Connection c = db.connect()) {
      return CatalogAccess.read(c, db.dialect());
    }
  }

  /** The differences between the catalog the migrations produce and the expected tables. */
  static List<String> replayAndCompare(
      ProofDatabase db, List<Migration> migrations, DbSchema expected)
      throws IOException, SQLException, ExportException {
    DbSchema actual = replayAndRead(db, migrations);
    return CatalogAccess.compare(expected, actual, db.dialect());
  }

  private static void replay(ProofDatabase db, List<Migration> migrations)
      throws IOException, ExportException {
    try {
      MigrationReplay.apply(db, migrations);
    } catch (ReplayException e) {
      throw new ExportException(
          "a migration failed on " + db.description() + "; nothing was written",
          List.of(e.getMessage()));
    }
  }
}
