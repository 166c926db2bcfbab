package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.project.MigrationFolder;
import io.schemaforge.model.Dialect;
import java.util.List;

/**
 * The schema SQL sources produce, read back from a real catalog.
 *
 * @param schema the tables, as the engine's catalog reports them
 * @param dialect the dialect the scripts are written for (or the live database speaks)
 * @param findings what the user should see: the dialect assumed, statements not applied with their
 *     file and line, placeholders, files left out
 * @param history the files replayed, in the order applied; empty for a live database
 */
public record SchemaReadResult(
    DbSchema schema, Dialect dialect, List<ImportFinding> findings, List<HistoryFile> history) {
  public SchemaReadResult {
    findings = List.copyOf(findings);
    history = List.copyOf(history);
  }

  /** Whether something could not be applied (an ERROR finding). */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == ImportFinding.Severity.ERROR);
  }

  /**
   * The versioned files as the export's migration history: the next export continues after the
   * highest of them.
   */
  public MigrationFolder versionedMigrations() {
    return MigrationFolder.of(
        history.stream()
            .filter(h -> h.kind() == HistoryFile.Kind.VERSIONED)
            .map(HistoryFile::asMigration)
            .toList());
  }
}
