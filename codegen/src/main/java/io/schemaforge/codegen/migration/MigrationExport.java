package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.GeneratedFile;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a migration export would write, before anything is written: the new migration (none when the
 * model did not change), the updated export state, the statements with their risks, notices for the
 * user, and what the proof ran on.
 *
 * @param version the new migration's version, or null when there is none
 * @param proof what the migrations were proven on, or why they were not
 */
public record MigrationExport(
    Optional<GeneratedFile> migration,
    Optional<GeneratedFile> state,
    String version,
    List<MigrationStatement> statements,
    List<String> notices,
    String proof) {

  public MigrationExport {
    statements = List.copyOf(statements);
    notices = List.copyOf(notices);
  }

  public List<MigrationStatement> dangers() {
    return statements.stream().filter(s -> s.risk() == Risk.DANGER).toList();
  }

  /** Every file to write, migration first. */
  public List<GeneratedFile> files() {
    return Stream.concat(migration.stream(), state.stream()).toList();
  }
}
