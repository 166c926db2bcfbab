package io.schemaforge.codegen.export;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.generated.FileClassification;
import io.schemaforge.codegen.generated.OrphanFile;
import io.schemaforge.codegen.migration.MigrationExport;
import io.schemaforge.codegen.project.ProjectLayout;
import io.schemaforge.model.Dialect;
import java.util.List;

/**
 * Everything an export would write into a project, for the preview, the dry run and the writer.
 *
 * @param javaFiles every generated Java source with its status against what is on disk
 * @param orphans generated files whose entity left the model (reported, never deleted)
 * @param javaNotices what the Java export left out and why (imported tables JPA cannot map yet)
 * @param files what the writer will put on disk
 * @param basePackage the package the Java sources hang under; null when no Java is exported
 * @param basePackageSource where it came from: {@code model}, or how it was detected in the project
 */
public record ExportPlan(
    ProjectLayout layout,
    Dialect dialect,
    ExportOptions options,
    MigrationExport migrations,
    List<FileClassification> javaFiles,
    List<OrphanFile> orphans,
    List<String> javaNotices,
    List<GeneratedFile> files,
    String basePackage,
    String basePackageSource) {

  public ExportPlan {
    javaFiles = List.copyOf(javaFiles);
    orphans = List.copyOf(orphans);
    javaNotices = List.copyOf(javaNotices);
    files = List.copyOf(files);
  }

  /** Whether the plan holds DANGER statements that need {@code --allow-destructive}. */
  public boolean hasDangers() {
    return !migrations.dangers().isEmpty();
  }

  /**
   * The same plan with the destructive-change gate set as the user decided after seeing it (the
   * window previews first, then asks), so the writer's own check sees the decision.
   */
  public ExportPlan allowingDestructive(boolean allow) {
    return new ExportPlan(
        layout,
        dialect,
        options.withAllowDestructive(allow),
        migrations,
        javaFiles,
        orphans,
        javaNotices,
        files,
        basePackage,
        basePackageSource);
  }

  /** Generated files the user edited since the last export. */
  public List<FileClassification> conflicts() {
    return javaFiles.stream().filter(FileClassification::isConflict).toList();
  }
}
