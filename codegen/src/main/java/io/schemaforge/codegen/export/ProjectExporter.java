package io.schemaforge.codegen.export;

import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.UnusableTargetException;
import io.schemaforge.codegen.jooq.JooqClassesExporter;
import io.schemaforge.codegen.migration.MigrationExport;
import io.schemaforge.codegen.migration.MigrationExporter;
import io.schemaforge.codegen.project.BasePackageDetector;
import io.schemaforge.codegen.project.BasePackageDetector.DetectedPackage;
import io.schemaforge.codegen.project.ProjectLayout;
import io.schemaforge.codegen.proof.ProofDatabases;
import io.schemaforge.codegen.write.ExportWriter;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileException;
import io.schemaforge.projectfile.ProjectFileReader;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export of a model into a project folder, shared by the command line and the window: refuse an
 * invalid model, plan the migration (proven) and the other files, and write them atomically. The
 * gate on destructive statements is the caller's: it decides whether to ask or to refuse.
 */
public final class ProjectExporter {

  /** Plans the export; nothing is written. */
  public ExportPlan plan(Model model, Path target, ExportOptions options) throws ExportException {
    if (!Files.isDirectory(target)) {
      throw new UnusableTargetException(
          Files.exists(target)
              ? "target " + target + " is not a folder"
              : "target folder " + target + " does not exist");
    }
    Model m = options.dialect() == null ? model : retargeted(model, options.dialect());
    Dialect dialect = m.schema().dialect();
    List<String> errors = new ArrayList<>();
    for (Diagnostic d : LiveValidator.validate(m, RuleRegistry.builtIn())) {
      if (d.severity() == Severity.ERROR) {
        errors.add(
            (d.path() == null ? "" : d.path() + ": ") + d.message() + " [" + d.ruleId() + "]");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidModelException(
          "the model has "
              + errors.size()
              + " error(s) for "
              + dialect.cliName()
              + "; fix them before exporting",
          errors);
    }
    // The proof server starts while the migration is planned (not before the model is known to be
    // valid: an export refused for its errors would wait for a start it does not need).
    ProofDatabases.prepare(dialect, options.verifyServer());
    ProjectLayout layout;
    try {
      layout = ProjectLayout.detect(target);
    } catch (IOException e) {
      throw new ExportException(
          "cannot read the target project " + target + ": " + e.getMessage(), e);
    }
    MigrationExport migrations =
        new MigrationExporter(options.verifyServer()).export(m.schema(), dialect, layout);
    List<GeneratedFile> files = new ArrayList<>(migrations.files());
    JavaSourcesPlan java = new JavaSourcesPlan(List.of(), List.of(), List.of());
    DetectedPackage basePackage = null;
    if (options.withJava()) {
      try {
        basePackage = basePackage(m, target, layout);
        List<GeneratedFile> jooq = List.of();
        if (options.withJooq()) {
          jooq =
              new JooqClassesExporter(options.verifyServer())
                  .export(
                      m.schema().name(),
                      dialect,
                      migrations.replayed(),
                      jooqPackage(basePackage.packageName()),
                      layout.javaSourceRoot().toString().replace('\\', '/'));
        }
        java =
            JavaSourcesPlan.of(
                m.schema(), dialect, target, options, basePackage.packageName(), jooq);
        files.addAll(java.toWrite(target, options.force()));
      } catch (IOException e) {
        throw new ExportException("cannot read the project's Java sources: " + e.getMessage(), e);
      }
    }
    return new ExportPlan(
        layout,
        dialect,
        options,
        migrations,
        java.classified(),
        java.orphans(),
        java.notices(),
        files,
        basePackage == null ? null : basePackage.packageName(),
        basePackage == null ? null : basePackage.source());
  }

  /**
   * Writes a plan's files atomically; returns the paths written. A plan with DANGER statements is
   * refused unless its options allow destructive changes.
   */
  public List<Path> write(ExportPlan plan) throws ExportException {
    if (!plan.conflicts().isEmpty() && !plan.options().force()) {
      throw new ConflictException(
          plan.conflicts().size()
              + " generated file(s) were edited by hand and would be overwritten; nothing was written (force to overwrite, keeping a .bak of each)",
          plan.conflicts().stream()
              .map(c -> "CONFLICT: " + c.file().path() + " (" + c.reason() + ")")
              .toList());
    }
    if (plan.hasDangers() && !plan.options().allowDestructive()) {
      throw new DestructiveChangeException(
          "the migration has "
              + plan.migrations().dangers().size()
              + " DANGER statement(s); allow destructive changes to write it",
          plan.migrations().dangers().stream().map(s -> "DANGER: " + s.summary()).toList());
    }
    return new ExportWriter().write(plan.layout().root(), plan.files());
  }

  /** The model's base package, else the one detected in the project's sources. */
  private static DetectedPackage basePackage(Model m, Path target, ProjectLayout layout)
      throws IOException, ExportException {
    if (hasText(m.schema().basePackage())) {
      return new DetectedPackage(m.schema().basePackage().strip(), "model");
    }
    DetectedPackage detected =
        BasePackageDetector.detect(target, layout.javaSourceRoot())
            .orElseThrow(
                () ->
                    new ExportException(
                        "the model has no base package and none was found in "
                            + target.resolve(layout.javaSourceRoot())
                            + " (no @SpringBootApplication class, no packaged Java sources): set"
                            + " the model's base package",
                        List.of()));
    return new DetectedPackage(detected.packageName(), "detected: " + detected.source());
  }

  /** Where the jOOQ classes go: beside the JPA packages, under the base package. */
  static String jooqPackage(String basePackage) {
    return basePackage + ".jooq";
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  // The dialect option must not change the user's model: validate and export a copy.
  private static Model retargeted(Model model, Dialect dialect) throws ExportException {
    Model copy;
    try {
      copy = ProjectFileReader.fromJson(ProjectFileWriter.toJson(model), "model");
    } catch (ProjectFileException e) {
      throw new ExportException("cannot copy the model: " + e.getMessage(), e);
    }
    new CommandStack(copy).execute(ChangeSchemaSettingsCommand.toDialect(copy.schema(), dialect));
    return copy;
  }
}
