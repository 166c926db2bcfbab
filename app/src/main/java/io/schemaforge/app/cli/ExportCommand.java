package io.schemaforge.app.cli;

import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.UnusableTargetException;
import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ExportPlan;
import io.schemaforge.codegen.export.InvalidModelException;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.migration.MigrationExport;
import io.schemaforge.codegen.migration.MigrationStatement;
import io.schemaforge.codegen.migration.Risk;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileException;
import io.schemaforge.projectfile.ProjectFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schemaforge export MODEL --target DIR}: writes the next Flyway migration into a project,
 * proven on a real engine first. Exit 0 when written (or nothing to do), 1 when refused (model
 * errors, destructive steps without {@code --allow-destructive}, a failed proof), 2 when the input
 * is unusable (unreadable model, unknown dialect, missing or read-only target).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the next Flyway migration for MODEL into the project at DIR.",
      "Renames stay renames; every statement is classed SAFE, CAUTION or DANGER;",
      "the whole migration history is replayed on a real database before anything is written."
    })
final class ExportCommand implements Callable<Integer> {
  static final int EXIT_REFUSED = 1;
  static final int EXIT_CONFLICTS = 3;

  @Parameters(paramLabel = "MODEL", description = "The model file (*.schemaforge.json).")
  Path model;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "DIR",
      description = "The project folder.")
  Path target;

  @Option(
      names = "--dialect",
      paramLabel = "D",
      description = "postgres, mysql, mariadb, h2 or sqlite (default: the model's own).")
  String dialect;

  @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
  boolean dryRun;

  @Option(
      names = "--allow-destructive",
      description = "Write DANGER statements (drops, narrowing, NOT NULL without a default).")
  boolean allowDestructive;

  @Option(
      names = "--verify-jdbc",
      paramLabel = "URL",
      description = "A database server to prove the migrations on (required for mysql/mariadb).")
  String verifyJdbc;

  @Option(names = "--verify-user", paramLabel = "USER", description = "User for --verify-jdbc.")
  String verifyUser;

  @Option(
      names = "--verify-password",
      paramLabel = "PASSWORD",
      description = "Password for --verify-jdbc.")
  String verifyPassword;

  @Option(
      names = "--with-repositories",
      description =
          "Also write Spring Data JpaRepository interfaces (on without the flag when the model's"
              + " settings ask for them).")
  boolean withRepositories;

  @Option(
      names = "--with-jooq",
      description =
          "Also write jOOQ classes, made by jOOQ's code generator from the migrations replayed in"
              + " a real database (MySQL/MariaDB: the --verify-jdbc server); on without the flag"
              + " when the model's settings ask for them.")
  boolean withJooq;

  @Option(
      names = "--migrations-only",
      description = "Write the migration only, no entities, DTOs or mappers.")
  boolean migrationsOnly;

  @Option(
      names = "--force",
      description = "Overwrite generated files edited by hand (each keeps a .bak copy).")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  // Flyway logs every replay step through java.util.logging; the command prints its own report.
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  @Override
  public Integer call() {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Dialect d = null;
    if (dialect != null) {
      try {
        d = Dialect.parse(dialect);
      } catch (IllegalArgumentException e) {
        err.println("schemaforge: " + e.getMessage());
        return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
      }
    }
    Model m;
    try {
      m = ProjectFiles.load(model);
    } catch (ProjectFileException e) {
      err.println("schemaforge: " + e.getMessage());
      return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
    }
    JdbcTarget server =
        verifyJdbc == null ? null : new JdbcTarget(verifyJdbc, verifyUser, verifyPassword);
    OptionalCodeChoice repositories =
        OptionalCodeChoice.of(
            "--with-repositories",
            withRepositories,
            m.schema().generateRepositories(),
            migrationsOnly);
    OptionalCodeChoice jooq =
        OptionalCodeChoice.of("--with-jooq", withJooq, m.schema().generateJooq(), migrationsOnly);
    ProjectExporter exporter = new ProjectExporter();
    ExportPlan plan;
    try {
      plan =
          exporter.plan(
              m,
              target,
              new ExportOptions(
                  d,
                  allowDestructive,
                  server,
                  !migrationsOnly,
                  repositories.on(),
                  force,
                  jooq.on()));
    } catch (InvalidModelException e) {
      return refuse(err, e, EXIT_REFUSED);
    } catch (UnusableTargetException e) {
      return refuse(err, e, SchemaforgeCommand.EXIT_UNUSABLE_INPUT);
    } catch (ExportException e) {
      return refuse(err, e, EXIT_REFUSED);
    }
    report(out, plan);
    reportChoice(out, repositories.reportLine("repositories", m.schema().generateRepositories()));
    reportChoice(out, jooq.reportLine("jooq classes", m.schema().generateJooq()));
    if (plan.hasDangers() && !allowDestructive) {
      err.println(
          "schemaforge: refused: the migration has "
              + plan.migrations().dangers().size()
              + " DANGER statement(s):");
      for (MigrationStatement s : plan.migrations().dangers()) {
        err.println("  DANGER: " + s.summary());
      }
      err.println("Review them, then export again with --allow-destructive to write it.");
      return EXIT_REFUSED;
    }
    if (!plan.conflicts().isEmpty() && !force) {
      err.println(
          "schemaforge: refused: "
              + plan.conflicts().size()
              + " generated file(s) were edited by hand:");
      plan.conflicts().forEach(c -> err.println("  CONFLICT: " + c.file().path()));
      err.println(
          "Nothing was written. Export again with --force to overwrite them (a .bak of each is kept).");
      return EXIT_CONFLICTS;
    }
    if (dryRun) {
      out.println("dry run: nothing was written");
      return 0;
    }
    if (plan.files().isEmpty()) {
      out.println("nothing to write: the project is up to date");
      return 0;
    }
    try {
      for (Path p : exporter.write(plan)) {
        out.println("wrote " + p);
      }
    } catch (UnusableTargetException e) {
      return refuse(err, e, SchemaforgeCommand.EXIT_UNUSABLE_INPUT);
    } catch (ExportException e) {
      return refuse(err, e, EXIT_REFUSED);
    }
    return 0;
  }

  private static int refuse(PrintWriter err, ExportException e, int code) {
    err.println("schemaforge: " + e.getMessage());
    for (String detail : e.details()) {
      err.println("  " + detail);
    }
    return code;
  }

  private static void report(PrintWriter out, ExportPlan plan) {
    MigrationExport mx = plan.migrations();
    out.println(
        "project: "
            + plan.layout().root()
            + " ("
            + plan.layout().buildTool().name().toLowerCase(java.util.Locale.ROOT)
            + ")");
    out.println(
        "migrations: "
            + plan.layout().migrationFolder()
            + " ("
            + plan.layout().migrationSource()
            + ")");
    out.println("dialect: " + plan.dialect().cliName());
    if (plan.basePackage() != null) {
      out.println("base package: " + plan.basePackage() + " (" + plan.basePackageSource() + ")");
    }
    for (String n : mx.notices()) {
      out.println("notice: " + n);
    }
    for (String n : plan.javaNotices()) {
      out.println("notice: " + n);
    }
    if (mx.noNewMigration()) {
      out.println("no schema change since the last export: no new migration");
    }
    for (io.schemaforge.codegen.migration.MigrationExport.NewMigration m : mx.added()) {
      out.println(
          "new migration: "
              + m.script().path().getFileName()
              + " ("
              + io.schemaforge.codegen.migration.MigrationScript.counts(m.statements())
              + ")");
      for (MigrationStatement s : m.statements()) {
        out.println("  " + pad(s.risk()) + s.summary());
      }
    }
    out.println("proof: " + mx.proof());
    if (!plan.javaFiles().isEmpty()) {
      java.util.Map<String, Long> byStatus =
          plan.javaFiles().stream()
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      c -> c.status().name().toLowerCase(java.util.Locale.ROOT),
                      java.util.TreeMap::new,
                      java.util.stream.Collectors.counting()));
      out.println("java sources: " + plan.javaFiles().size() + " " + byStatus);
      plan.javaFiles().stream()
          .filter(c -> c.status() != io.schemaforge.codegen.generated.FileStatus.UNCHANGED)
          .forEach(c -> out.println("  " + pad8(c.status().name()) + c.file().path()));
    }
    plan.orphans()
        .forEach(
            o ->
                out.println(
                    "orphan: "
                        + o.path()
                        + (o.edited() ? " (edited by hand)" : "")
                        + ": its entity left the model; delete it yourself if it is no longer needed"));
  }

  private static void reportChoice(PrintWriter out, String line) {
    if (line != null) {
      out.println(line);
    }
  }

  private static String pad8(String s) {
    return String.format("%-11s", s);
  }

  private static String pad(Risk r) {
    return String.format("%-8s", r.name());
  }
}
