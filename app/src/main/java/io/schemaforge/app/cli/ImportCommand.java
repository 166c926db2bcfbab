package io.schemaforge.app.cli;

import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.importer.ImportOptions;
import io.schemaforge.codegen.importer.ImportProgress;
import io.schemaforge.codegen.importer.ProjectImporter;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schemaforge import PATH... --out MODEL}: builds a model from a project's migration
 * history, a folder of SQL scripts, single scripts, or a live database ({@code --jdbc} alone), and
 * from the project's {@code @Entity} sources when it has some (drift printed as {@code file:line}).
 * Exit 0 when imported (warnings allowed), 1 when the model was written but statements could not be
 * applied, 2 when the input is unusable (nothing written).
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Build a model from an existing project: its Flyway migrations, SQL scripts, or a live"
          + " database, and its @Entity sources.",
      "Scripts are replayed statement by statement on a real engine (embedded PostgreSQL, H2,"
          + " SQLite, or the --jdbc server) and the catalog is read back; MySQL / MariaDB scripts"
          + " without --jdbc go through jOOQ's DDL interpreter.",
      "With both migrations and entities, the model takes the class names of the sources and"
          + " the drift between the two is reported."
    })
final class ImportCommand implements Callable<Integer> {
  static final int EXIT_STATEMENTS_SKIPPED = 1;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "A project folder, a folder of SQL scripts or of @Entity sources, or .sql files (none"
              + " with --jdbc).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "MODEL",
      description = "The model file to write (*.schemaforge.json).")
  Path out;

  @Option(
      names = "--dialect",
      paramLabel = "D",
      description =
          "postgres, mysql, mariadb, h2 or sqlite (default: guessed from names and syntax).")
  String dialect;

  @Option(
      names = "--jdbc",
      paramLabel = "URL",
      description =
          "With PATH: a server to replay the scripts on (a scratch database, dropped afterwards;"
              + " needed for mysql/mariadb). Without PATH: the database to read.")
  String jdbc;

  @Option(names = "--user", paramLabel = "U", description = "User for --jdbc.")
  String user;

  @Option(names = "--password", paramLabel = "P", description = "Password for --jdbc.")
  String password;

  @Option(names = "--force", description = "Replace an existing MODEL file (a .bak is kept).")
  boolean force;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Print each step (replaying file n of m, reading the catalog, laying out) to stderr;"
              + " on by default when run in a terminal.")
  Boolean progress;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    Dialect d = null;
    if (dialect != null) {
      try {
        d = Dialect.parse(dialect);
      } catch (IllegalArgumentException e) {
        return unusable(err, e.getMessage());
      }
    }
    if (jdbc == null && (user != null || password != null)) {
      return unusable(err, "--user and --password go with --jdbc");
    }
    if (paths.isEmpty() && jdbc == null) {
      return unusable(err, "give a project folder, SQL files or --jdbc URL to import");
    }
    if (Files.exists(out) && !force) {
      return unusable(
          err, "refused: " + out + " exists; pass --force to replace it (a .bak copy is kept)");
    }
    if (Files.isDirectory(out)) {
      return unusable(err, out + " is a folder; --out names the model file to write");
    }
    ImportOptions options =
        new ImportOptions(
            paths, d, jdbc == null ? null : new JdbcTarget(jdbc, user, password), modelName(out));
    ProjectImporter.Result result;
    try {
      result = new ProjectImporter().importModel(options, progressTo(err));
    } catch (ImportException e) {
      return unusable(err, e.getMessage());
    }
    for (ImportFinding f : result.imported().findings()) {
      (f.severity() == Severity.INFO ? stdout : err).println(format(f));
    }
    Model model = result.imported().model();
    int tables = result.schema().schema().tables().size();
    boolean errors =
        result.imported().findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    if (model.schema().entities().isEmpty()) {
      return unusable(
          err, "nothing imported: no tables" + (errors ? " (see the errors above)" : ""));
    }
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      ProjectFiles.save(model, out);
    } catch (IOException e) {
      return unusable(err, "cannot write " + out + ": " + e.getMessage());
    }
    // Without migrations the model comes from the @Entity classes: there are no tables to count.
    String source =
        tables == 0 && result.entities() != null
            ? result.entities().entities().size() + " @Entity class(es)"
            : tables + " table(s)";
    stdout.println(
        String.format(
            Locale.ROOT,
            "imported %s as %d entities and %d relationship(s) (%s) in %.1f s: wrote %s",
            source,
            model.schema().entities().size(),
            model.schema().relationships().size(),
            result.schema().dialect().cliName(),
            (System.nanoTime() - started) / 1e9,
            out));
    if (errors) {
      err.println(
          "schemaforge: some statements could not be applied (see above); the model holds the"
              + " rest");
      return EXIT_STATEMENTS_SKIPPED;
    }
    return 0;
  }

  /** {@code file:line: severity: message}, the way compilers print, so terminals can link it. */
  static String format(ImportFinding f) {
    StringBuilder s = new StringBuilder();
    if (f.file() != null) {
      s.append(f.file());
      if (f.line() > 0) {
        s.append(':').append(f.line());
      }
      s.append(": ");
    }
    s.append(f.severity().name().toLowerCase(Locale.ROOT)).append(": ");
    if (f.element() != null) {
      s.append(f.element()).append(": ");
    }
    return s.append(f.message()).toString();
  }

  private static String modelName(Path out) {
    String n = out.getFileName().toString();
    for (String ext : List.of(ProjectFiles.EXTENSION, ".json")) {
      if (n.endsWith(ext) && n.length() > ext.length()) {
        return n.substring(0, n.length() - ext.length());
      }
    }
    return n;
  }

  /**
   * Steps go to stderr so stdout stays the import's result; a big history takes minutes and a
   * silent terminal looks hung. Only in a terminal unless asked, so scripts and logs stay clean.
   */
  private ImportProgress progressTo(PrintWriter err) {
    boolean show = progress != null ? progress : System.console() != null;
    if (!show) {
      return ImportProgress.NONE;
    }
    return step -> {
      err.println("import: " + step.text());
      err.flush();
    };
  }

  private static int unusable(PrintWriter err, String message) {
    err.println("schemaforge: " + message);
    return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
  }
}
