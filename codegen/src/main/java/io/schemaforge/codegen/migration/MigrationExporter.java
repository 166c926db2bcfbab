package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.UnusableTargetException;
import io.schemaforge.codegen.interpreter.InterpretedSchema;
import io.schemaforge.codegen.migration.MigrationExport.NewMigration;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.PhysicalSchemaBuilder;
import io.schemaforge.codegen.project.ExportState;
import io.schemaforge.codegen.project.ExportState.WrittenMigration;
import io.schemaforge.codegen.project.MigrationFolder;
import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.codegen.project.ProjectLayout;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.proof.ProofDatabase;
import io.schemaforge.codegen.proof.ProofDatabases;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Schema;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans the next migration of a project: diffs the model against the last exported state (or, when
 * the project's history is not what we wrote, against what its migrations really produce), renders
 * the delta, and proves it by replaying every migration in a real engine and comparing the catalog
 * with the model. Returns files; never writes.
 */
public final class MigrationExporter {
  private final JdbcTarget verifyServer;
  private final int lockBudget;

  /**
   * @param verifyServer a server to prove on (required for MySQL/MariaDB), or null
   */
  public MigrationExporter(JdbcTarget verifyServer) {
    this(verifyServer, TransactionParts.LOCK_BUDGET);
  }

  /** With another budget for {@link TransactionParts}, so that a test needs no huge model. */
  MigrationExporter(JdbcTarget verifyServer, int lockBudget) {
    this.verifyServer = verifyServer;
    this.lockBudget = lockBudget;
  }

  public MigrationExport export(Schema schema, Dialect dialect, ProjectLayout layout)
      throws ExportException {
    try {
      return run(schema, dialect, layout);
    } catch (IOException | SQLException e) {
      throw new ExportException("export failed: " + e.getMessage(), e);
    }
  }

  private MigrationExport run(Schema schema, Dialect dialect, ProjectLayout layout)
      throws IOException, SQLException, ExportException {
    // Its start overlaps with reading the folder and planning the delta.
    ProofDatabases.prepare(dialect, verifyServer);
    List<String> notices = new ArrayList<>();
    MigrationFolder folder = MigrationFolder.read(layout.absoluteMigrationFolder());
    Optional<ExportState> state;
    try {
      state = ExportState.read(layout.root());
    } catch (IOException e) {
      throw new UnusableTargetException(e.getMessage(), e);
    }
    DbSchema target = new PhysicalSchemaBuilder(dialect).build(schema);
    HistoryCheck history = HistoryCheck.of(folder, state, dialect);
    notices.addAll(history.notices());

    // Opened only when something must be replayed: starting embedded PostgreSQL takes seconds.
    try (LazyProofDatabase proofDb = new LazyProofDatabase(dialect, verifyServer)) {
      DbSchema base;
      if (folder.isEmpty()) {
        base = DbSchema.EMPTY;
      } else if (history.trusted()) {
        base = state.orElseThrow().tables();
      } else {
        ProofDatabase db = proofDb.get();
        DbSchema produced;
        if (db == null) {
          produced = interpretExisting(dialect, folder, layout);
          notices.add(
              "the delta is based on what the existing migrations produce in "
                  + InterpreterProof.WHAT);
        } else {
          produced = CatalogProof.replayAndRead(db, folder.migrations());
          notices.add(
              "the delta is based on what the existing migrations produce on " + db.description());
        }
        base = CatalogIds.adopt(produced, state.map(ExportState::tables).orElse(target));
      }

      // An existing project keeps its own constraint names and its choice of indexes.
      target = new ExistingNames(dialect).carryOver(target, base);
      List<MigrationStatement> statements =
          new MigrationPlanner(dialect, schema.naming().quoteIdentifiers()).plan(base, target);
      Path folderPath = layout.migrationFolder();
      List<WrittenMigration> written = new ArrayList<>();
      folder.migrations().forEach(m -> written.add(new WrittenMigration(m.fileName(), m.sha256())));
      List<NewMigration> added = new ArrayList<>();
      List<Migration> all = new ArrayList<>(folder.migrations());
      List<List<MigrationStatement>> parts =
          statements.isEmpty()
              ? List.of()
              : TransactionParts.split(dialect, statements, lockBudget);
      if (parts.size() > 1) {
        notices.add(
            "the change is split into "
                + parts.size()
                + " migrations, each its own transaction: "
                + TransactionParts.WHY);
      }
      BigInteger next = statements.isEmpty() ? null : folder.nextVersion();
      // Parts share the name of the whole change: they are one change, cut only for the server.
      String description =
          statements.isEmpty()
              ? null
              : MigrationDescription.of(schema, statements, folder.isEmpty());
      for (int i = 0; i < parts.size(); i++) {
        List<MigrationStatement> part = parts.get(i);
        String fileName =
            "V"
                + next
                + "__"
                + description
                + (parts.size() > 1 ? "_part_" + (i + 1) + "_of_" + parts.size() : "")
                + ".sql";
        String partNote =
            parts.size() > 1
                ? "Part "
                    + (i + 1)
                    + " of "
                    + parts.size()
                    + " of one change ("
                    + TransactionParts.WHY
                    + ")."
                : null;
        String content = MigrationScript.render(schema.name(), dialect, part, partNote);
        String config =
            MigrationScript.rebuildsSqliteTables(dialect, part)
                ? MigrationScript.NO_TRANSACTION_CONFIG
                : null;
        Optional<GeneratedFile> configFile =
            Optional.ofNullable(config)
                .map(c -> new GeneratedFile(folderPath.resolve(fileName + ".conf"), c));
        added.add(
            new NewMigration(
                next.toString(),
                new GeneratedFile(folderPath.resolve(fileName), content),
                configFile,
                part));
        Migration m = new Migration(fileName, List.of(next), content, config);
        all.add(m);
        written.add(new WrittenMigration(fileName, m.sha256()));
        next = next.add(BigInteger.ONE);
      }

      String proof;
      ProofDatabase db = added.isEmpty() && history.trusted() ? null : proofDb.get();
      if (added.isEmpty() && history.trusted()) {
        proof = "nothing new to prove";
      } else if (db == null) {
        proof = interpreterProof(dialect, all, target, notices);
      } else {
        List<String> differences = CatalogProof.replayAndCompare(db, all, target);
        if (!differences.isEmpty()) {
          throw new ExportException(
              "the migrations do not reproduce the model on "
                  + db.description()
                  + "; nothing was written",
              differences);
        }
        db.keepProvenHistory(all);
        proof =
            "proven on "
                + db.description()
                + ": "
                + all.size()
                + " migration(s) replayed, catalog matches the model";
      }

      ExportState newState =
          new ExportState(ExportState.FORMAT, schema.name(), dialect, written, target);
      boolean stateChanged = state.isEmpty() || !state.get().equals(newState);
      Optional<GeneratedFile> stateFile =
          stateChanged
              ? Optional.of(new GeneratedFile(ExportState.FILE, newState.toJson()))
              : Optional.empty();
      return new MigrationExport(added, stateFile, statements, notices, proof, all);
    }
  }

  /**
   * What a diverged MySQL / MariaDB history produces, without a server: from jOOQ's interpreter. A
   * statement it cannot apply would make the delta wrong (it would recreate what that statement
   * did), so the export refuses and asks for a server instead of guessing.
   */
  private static DbSchema interpretExisting(
      Dialect dialect, MigrationFolder folder, ProjectLayout layout) throws ExportException {
    InterpretedSchema existing = InterpreterProof.interpret(dialect, folder.migrations());
    if (!existing.complete()) {
      List<String> details = new ArrayList<>();
      existing.skipped().forEach(k -> details.add(k.toString()));
      throw new ExportException(
          "the migrations in "
              + layout.migrationFolder()
              + " were not all written by Schemaforge, and "
              + InterpreterProof.WHAT
              + ", cannot apply "
              + existing.skipped().size()
              + " of their statements: pass --verify-jdbc URL to read what they produce on a server",
          details);
    }
    return existing.schema();
  }

  /**
   * The MySQL / MariaDB check without a server. A difference from the model refuses the export as a
   * real proof would; a statement the interpreter cannot apply is listed, and the export is then
   * written as not proven (the interpreter's gap is not the migration's fault).
   */
  private static String interpreterProof(
      Dialect dialect, List<Migration> all, DbSchema target, List<String> notices)
      throws ExportException {
    InterpretedSchema result = InterpreterProof.interpret(dialect, all);
    DbSchema actual = InterpreterProof.withExpectedDeleteRules(result.schema(), target);
    List<String> differences = CatalogAccess.compare(target, actual, dialect);
    String proof;
    if (!result.complete()) {
      result.skipped().forEach(k -> notices.add("not interpreted: " + k));
      differences.forEach(d -> notices.add("not proven: " + d));
      proof =
          "not proven: "
              + InterpreterProof.WHAT
              + ", could not apply "
              + result.skipped().size()
              + " statement(s) (listed above); pass --verify-jdbc URL to prove the migrations";
    } else if (!differences.isEmpty()) {
      throw new ExportException(
          "the migrations do not reproduce the model in "
              + InterpreterProof.WHAT
              + "; nothing was written",
          differences);
    } else {
      proof =
          "checked by "
              + InterpreterProof.WHAT
              + ": "
              + all.size()
              + " migration(s), "
              + result.applied()
              + " statement(s) interpreted, catalog matches the model (ON DELETE actions not"
              + " checked); pass --verify-jdbc URL to prove on a server";
    }
    notices.add(proof);
    return proof;
  }

  /** The scratch database of one export, opened on first use and dropped at the end. */
  private static final class LazyProofDatabase implements AutoCloseable {
    private final Dialect dialect;
    private final JdbcTarget server;
    private boolean opened;
    private ProofDatabase db;

    LazyProofDatabase(Dialect dialect, JdbcTarget server) {
      this.dialect = dialect;
      this.server = server;
    }

    /** The database, or null when the dialect needs a server and none was given. */
    ProofDatabase get() throws IOException, SQLException {
      if (!opened) {
        opened = true;
        db = ProofDatabases.open(dialect, server).orElse(null);
      }
      return db;
    }

    @Override
    public void close() {
      if (db != null) {
        db.close();
      }
    }
  }
}
