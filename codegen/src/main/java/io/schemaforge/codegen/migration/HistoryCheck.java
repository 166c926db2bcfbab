package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.project.ExportState;
import io.schemaforge.codegen.project.ExportState.WrittenMigration;
import io.schemaforge.codegen.project.MigrationFolder;
import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.model.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the migrations in the folder are exactly those the last export wrote. If they are, the
 * saved state describes the database they produce; if not (a migration we did not write, one edited
 * after we wrote it, one deleted, or no state at all), the export must find out by replaying them.
 */
record HistoryCheck(boolean trusted, List<String> notices) {

  static HistoryCheck of(MigrationFolder folder, Optional<ExportState> state, Dialect dialect) {
    if (folder.isEmpty()) {
      return new HistoryCheck(true, List.of());
    }
    if (state.isEmpty()) {
      return new HistoryCheck(
          false,
          List.of(
              "the project has "
                  + folder.migrations().size()
                  + " migration(s) but no Schemaforge export state: continuing its history after V"
                  + folder.migrations().get(folder.migrations().size() - 1).versionText()));
    }
    List<String> notices = new ArrayList<>();
    if (state.get().dialect() != dialect) {
      notices.add(
          "the last export was for "
              + state.get().dialect().cliName()
              + ", this one is for "
              + dialect.cliName());
    }
    Map<String, String> known = new HashMap<>();
    state.get().migrations().forEach(w -> known.put(w.file(), w.sha256()));
    for (Migration m : folder.migrations()) {
      String sha = known.remove(m.fileName());
      if (sha == null) {
        notices.add(
            m.fileName() + " was not written by Schemaforge (added by hand or by another tool)");
      } else if (!sha.equals(m.sha256())) {
        notices.add(
            m.fileName()
                + " was changed after Schemaforge wrote it (its checksum differs); Flyway validate will fail on databases that already ran it");
      }
    }
    for (WrittenMigration w : state.get().migrations()) {
      if (known.containsKey(w.file())) {
        notices.add(w.file() + " was written by Schemaforge but is no longer in the folder");
      }
    }
    return new HistoryCheck(notices.isEmpty(), notices);
  }
}
