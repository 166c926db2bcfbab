package io.schemaforge.app.ui.export;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.generated.FileClassification;
import io.schemaforge.codegen.generated.OrphanFile;
import io.schemaforge.codegen.migration.MigrationExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the export preview for a plan: the migration first, then its Flyway configuration and
 * the export state, the Java sources, and the orphans. Reads what is on disk, so it runs on the
 * background thread with the planning.
 */
final class ExportPreview {
  private ExportPreview() {}

  static List<PreviewFile> of(ExportPlan plan) {
    Path root = plan.layout().root();
    MigrationExport mx = plan.migrations();
    List<PreviewFile> rows = new ArrayList<>();
    for (MigrationExport.NewMigration m : mx.added()) {
      rows.add(
          plain(
              root,
              PreviewFile.Kind.MIGRATION,
              m.script(),
              "migration V" + m.version() + ", proven: " + mx.proof()));
      m.config()
          .ifPresent(
              f -> rows.add(plain(root, PreviewFile.Kind.MIGRATION_CONFIG, f, "Flyway settings")));
    }
    mx.state()
        .ifPresent(
            f ->
                rows.add(
                    plain(
                        root,
                        PreviewFile.Kind.EXPORT_STATE,
                        f,
                        "what was exported, so the next migration is a diff")));
    for (FileClassification c : plan.javaFiles()) {
      rows.add(java(root, c));
    }
    for (OrphanFile o : plan.orphans()) {
      rows.add(
          new PreviewFile(
              PreviewFile.Kind.ORPHAN,
              o.path(),
              PreviewFile.State.ORPHAN,
              "its entity left the model; kept"
                  + (o.edited() ? " (edited by hand)" : "")
                  + ", delete it yourself if it is no longer needed",
              read(root.resolve(o.path())),
              null));
    }
    return rows;
  }

  private static PreviewFile plain(Path root, PreviewFile.Kind kind, GeneratedFile f, String note) {
    String disk = read(root.resolve(f.path()));
    PreviewFile.State state =
        disk == null
            ? PreviewFile.State.NEW
            : disk.equals(f.content()) ? PreviewFile.State.UNCHANGED : PreviewFile.State.CHANGED;
    return new PreviewFile(kind, f.path(), state, note, disk, f.content());
  }

  private static PreviewFile java(Path root, FileClassification c) {
    PreviewFile.State state =
        switch (c.status()) {
          case NEW -> PreviewFile.State.NEW;
          case UNCHANGED -> PreviewFile.State.UNCHANGED;
          case REGENERATE -> PreviewFile.State.CHANGED;
          case CONFLICT -> PreviewFile.State.CONFLICT;
        };
    String disk = state == PreviewFile.State.NEW ? null : read(root.resolve(c.file().path()));
    return new PreviewFile(
        PreviewFile.Kind.JAVA, c.file().path(), state, c.reason(), disk, c.file().content());
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : null;
    } catch (IOException e) {
      // The classification already read it; a file that vanished since is shown as absent.
      return null;
    }
  }
}
