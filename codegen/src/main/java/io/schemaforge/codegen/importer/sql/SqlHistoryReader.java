package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.importer.ImportProgress;
import io.schemaforge.codegen.importer.ImportStep;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.proof.ProofDatabase;
import io.schemaforge.model.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL sources → {@link DbSchema}: finds the scripts ({@link HistoryFiles}), settles their dialect
 * ({@code --dialect} or {@link DialectGuesser}), replays them statement by statement in a scratch
 * database of a real engine ({@link ImportEngine}) and reads its catalog back with {@link
 * CatalogReader}. The scratch database is dropped afterwards. When no engine fits, the scripts go
 * through jOOQ's DDL interpreter instead ({@link InterpreterReplay}).
 */
public final class SqlHistoryReader {

  /**
   * @param paths project folders, folders of scripts or single {@code .sql} files
   * @param dialect what the scripts are written for, or null to guess
   * @param server a server to replay on ({@code --jdbc}), or null for an in-process engine
   * @throws ImportException when the input is unusable: a missing path, no SQL, a database that
   *     cannot be opened
   */
  public SchemaReadResult read(List<Path> paths, Dialect dialect, JdbcTarget server)
      throws ImportException {
    return read(paths, dialect, server, ImportProgress.NONE);
  }

  /** {@link #read(List, Dialect, JdbcTarget)}, telling {@code progress} each step. */
  public SchemaReadResult read(
      List<Path> paths, Dialect dialect, JdbcTarget server, ImportProgress progress)
      throws ImportException {
    progress.step(ImportStep.of(ImportStep.Phase.READING_FILES, "Reading the migration files"));
    HistoryFiles.Collected collected = HistoryFiles.collect(paths, dialect);
    List<ImportFinding> findings = new ArrayList<>(collected.findings());
    List<HistoryFile> files = collected.files();
    Dialect scripts = dialect;
    if (scripts == null
        && server != null
        && collected.vendor().flatMap(VendorNames::dialect).isEmpty()
        && DialectGuesser.fromSyntax(files).isEmpty()) {
      // Nothing in the scripts says what they are for: the server they are replayed on does.
      scripts = ReplayDatabases.serverDialect(server.url()).orElse(null);
      if (scripts != null) {
        findings.add(
            new ImportFinding(
                Severity.INFO,
                null,
                0,
                null,
                "assumed "
                    + scripts.cliName()
                    + ", the --jdbc server's dialect (pass --dialect to choose another)"));
      }
    }
    if (scripts == null) {
      DialectGuess guess = DialectGuesser.guess(files, collected.vendor());
      scripts = guess.dialect();
      findings.add(new ImportFinding(Severity.INFO, null, 0, null, guess.reason()));
    }
    ImportEngine engine = ImportEngine.choose(scripts, server);
    if (engine == ImportEngine.NONE) {
      progress.step(
          ImportStep.of(
              ImportStep.Phase.REPLAYING,
              "Interpreting "
                  + files.size()
                  + " file(s) with jOOQ (no "
                  + scripts.cliName()
                  + " server given)"));
      DbSchema interpreted = new InterpreterReplay(scripts).run(files, findings);
      return new SchemaReadResult(interpreted, scripts, findings, files);
    }
    String h2Mode = engine == ImportEngine.H2 ? h2Mode(files) : null;
    try (ProofDatabase db = ReplayDatabases.open(engine, scripts, server, h2Mode)) {
      StatementReplay.Counts counts;
      long t0 = System.nanoTime();
      try (Connection c = db.connect()) {
        counts =
            new StatementReplay(c, scripts, db.dialect())
                .run(files, findings, replaying(progress, db.description()));
      }
      findings.add(
          new ImportFinding(
              Severity.INFO,
              null,
              0,
              null,
              "replayed "
                  + files.size()
                  + " file(s) on "
                  + db.description()
                  + ": "
                  + counts.applied()
                  + " statement(s) applied, "
                  + counts.failed()
                  + " not applied, "
                  + counts.skipped()
                  + " left out, in "
                  + seconds(System.nanoTime() - t0)));
      DbSchema schema;
      try (Connection c = db.connect()) {
        ReadOnly.mark(c);
        progress.step(
            ImportStep.of(
                ImportStep.Phase.READING_CATALOG,
                "Reading the catalog back from " + db.description()));
        t0 = System.nanoTime();
        schema = new CatalogReader().read(c, db.dialect());
        findings.addAll(OtherSchemas.tablesOutside(c, db.dialect()));
        findings.add(
            new ImportFinding(
                Severity.INFO,
                null,
                0,
                null,
                "read "
                    + schema.tables().size()
                    + " table(s) back from the catalog in "
                    + seconds(System.nanoTime() - t0)));
      }
      return new SchemaReadResult(schema, scripts, findings, files);
    } catch (SQLException e) {
      throw new ImportException("the replay database failed (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Per file replayed: "Replaying V3__add_tags.sql (3 of 37) on embedded PostgreSQL 16.4"; a long
   * server description is cut so the line stays readable in a dialog.
   */
  private static StatementReplay.FileListener replaying(ImportProgress progress, String on) {
    String where = on.length() > 40 ? on.substring(0, 39) + "…" : on;
    return (file, index, count) ->
        progress.step(
            new ImportStep(
                ImportStep.Phase.REPLAYING,
                "Replaying "
                    + file.fileName()
                    + " ("
                    + (index + 1)
                    + " of "
                    + count
                    + ") on "
                    + where,
                index,
                count));
  }

  private static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  /** H2 runs scripts written for MySQL or PostgreSQL best in that compatibility mode. */
  private static String h2Mode(List<HistoryFile> files) {
    Optional<DialectGuess> syntax = DialectGuesser.fromSyntax(files);
    // H2's MODE names are the products' own names.
    return syntax
        .map(DialectGuess::dialect)
        .filter(d -> d == Dialect.MYSQL || d == Dialect.MARIADB || d == Dialect.POSTGRES)
        .map(Dialect::productName)
        .orElse(null);
  }
}
