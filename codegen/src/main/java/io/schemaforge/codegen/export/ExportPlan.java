package io.schemaforge.codegen.export;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.migration.MigrationExport;
import io.schemaforge.codegen.project.ProjectLayout;
import io.schemaforge.model.Dialect;
import java.util.List;

/** Everything an export would write into a project, for the preview, the dry run and the writer. */
public record ExportPlan(
    ProjectLayout layout,
    Dialect dialect,
    ExportOptions options,
    MigrationExport migrations,
    List<GeneratedFile> files) {

  public ExportPlan {
    files = List.copyOf(files);
  }

  /** Whether the plan holds DANGER statements that need {@code --allow-destructive}. */
  public boolean hasDangers() {
    return !migrations.dangers().isEmpty();
  }
}
