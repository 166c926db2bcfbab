package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.project.MigrationFolder.Migration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a migration export would write, before anything is written: the new migration (none when the
 * model did not change), the updated export state, the statements with their risks, notices for the
 * user, and what the proof ran on.
 *
 * @param migrationConfig Flyway's script configuration beside the migration, when it needs one
 * @param version the new migration's version, or null when there is none
 * @param proof what the migrations were proven on, or why they were not
 * @param replayed every migration of the project after this export, existing and new, in order:
 *     what a database migrated by Flyway holds (the jOOQ classes are generated from it)
 */
public record MigrationExport(
    Optional<GeneratedFile> migration,
    Optional<GeneratedFile> migrationConfig,
    Optional<GeneratedFile> state,
    String version,
    List<MigrationStatement> statements,
    List<String> notices,
    String proof,
    List<Migration> replayed) {

  public MigrationExport {
    statements = List.copyOf(statements);
    notices = List.copyOf(notices);
    replayed = List.copyOf(replayed);
  }

  public List<MigrationStatement> dangers() {
    return statements.stream().filter(s -> s.risk() == Risk.DANGER).toList();
  }

  /** Every file to write, migration first. */
  public List<GeneratedFile> files() {
    return Stream.of(migration, migrationConfig, state).flatMap(Optional::stream).toList();
  }
}
