package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.project.MigrationFolder.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a migration export would write, before anything is written: the new migrations (none when
 * the model did not change, one as a rule, several when one transaction could not hold the change;
 * see {@link TransactionParts}), the updated export state, the statements with their risks, notices
 * for the user, and what the proof ran on.
 *
 * @param added the new migrations in the order Flyway applies them
 * @param statements every statement of the new migrations, in order
 * @param proof what the migrations were proven on, or why they were not
 * @param replayed every migration of the project after this export, existing and new, in order:
 *     what a database migrated by Flyway holds (the jOOQ classes are generated from it)
 */
public record MigrationExport(
    List<NewMigration> added,
    Optional<GeneratedFile> state,
    List<MigrationStatement> statements,
    List<String> notices,
    String proof,
    List<Migration> replayed) {

  /**
   * One new migration file.
   *
   * @param config Flyway's script configuration beside it, when it needs one
   */
  public record NewMigration(
      String version,
      GeneratedFile script,
      Optional<GeneratedFile> config,
      List<MigrationStatement> statements) {
    public NewMigration {
      statements = List.copyOf(statements);
    }
  }

  public MigrationExport {
    added = List.copyOf(added);
    statements = List.copyOf(statements);
    notices = List.copyOf(notices);
    replayed = List.copyOf(replayed);
  }

  public List<MigrationStatement> dangers() {
    return statements.stream().filter(s -> s.risk() == Risk.DANGER).toList();
  }

  /** Whether the export adds no migration (the schema did not change). */
  public boolean noNewMigration() {
    return added.isEmpty();
  }

  /** The new migration scripts, in order. */
  public List<GeneratedFile> scripts() {
    return added.stream().map(NewMigration::script).toList();
  }

  /** "V3", or "V1–V4" when the change is split; empty when there is no new migration. */
  public String versions() {
    if (added.isEmpty()) {
      return "";
    }
    String first = "V" + added.get(0).version();
    return added.size() == 1 ? first : first + "–V" + added.get(added.size() - 1).version();
  }

  /** Every file to write: each migration followed by its configuration, then the state. */
  public List<GeneratedFile> files() {
    List<GeneratedFile> files = new ArrayList<>();
    for (NewMigration m : added) {
      files.add(m.script());
      m.config().ifPresent(files::add);
    }
    state.ifPresent(files::add);
    return files;
  }
}
