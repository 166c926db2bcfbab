package io.schemaforge.bench;

import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.migration.MigrationExport;
import io.schemaforge.codegen.migration.MigrationExporter;
import io.schemaforge.codegen.migration.MigrationSql;
import io.schemaforge.codegen.project.ProjectLayout;
import io.schemaforge.codegen.proof.ProofDatabases;
import io.schemaforge.codegen.write.ExportWriter;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Export figures: planning the full V1 of a synthetic model, the migration export with its proof
 * (Flyway replay on embedded PostgreSQL and on H2, catalog read back and compared), a delta export
 * (1% of the entities get a renamed column) with its proof over V1 + V2, and the whole project
 * export as the command line runs it (validation, migrations with proof, JPA entities, DTO records
 * and mappers, atomic write), first into an empty project and then the delta. Prints {@code BENCH
 * <name> <value> <unit>} lines. Run: {@code mvn -B -Pbench -pl model-core,codegen verify
 * -DskipTests} (sizes: {@code -Dexport.bench.sizes=500,2000}; dialects: {@code
 * -Dexport.bench.dialects=postgres,h2}).
 */
public final class ExportBench {
  private ExportBench() {}

  public static void main(String[] args) throws Exception {
    java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    List<String> lines = new ArrayList<>();
    String sizes = System.getProperty("export.bench.sizes", "500,2000");
    List<Dialect> dialects =
        Stream.of(System.getProperty("export.bench.dialects", "postgres,h2").split(","))
            .map(name -> Dialect.parse(name))
            .toList();
    // The embedded server's start, as the first export of a command-line run pays it (the figures
    // below are taken with it running).
    long t0 = System.nanoTime();
    ProofDatabases.open(Dialect.POSTGRES, null).orElseThrow().close();
    print(lines, "export.embedded_postgres_start_ms", ms(System.nanoTime() - t0), "ms (first proof database of the process)");
    // Warm-up: load the classes once, outside the figures.
    run(SyntheticModels.generate(50, 7), Dialect.POSTGRES, new ArrayList<>(), "warmup");
    for (String s : sizes.split(",")) {
      int n = Integer.parseInt(s.trim());
      for (Dialect d : dialects) {
        Model model = SyntheticModels.generate(n, 42);
        retarget(model, d);
        run(model, d, lines, n + "." + d.cliName());
      }
    }
    String out = System.getProperty("bench.out");
    if (out != null) {
      Files.createDirectories(Path.of(out).getParent());
      Files.write(Path.of(out), lines);
    }
  }

  private static void retarget(Model model, Dialect d) {
    new CommandStack(model)
        .execute(io.schemaforge.command.ChangeSchemaSettingsCommand.toDialect(model.schema(), d));
  }

  private static void run(Model model, Dialect d, List<String> lines, String key) throws Exception {
    long t0 = System.nanoTime();
    int statements = MigrationSql.createAllStatements(model.schema(), d).size();
    long plan = System.nanoTime() - t0;

    Path project = Files.createTempDirectory("schemaforge-bench");
    MigrationExporter exporter = new MigrationExporter(null);
    ProofDatabases.forgetProvenHistory(); // V1 is proven from an empty database
    t0 = System.nanoTime();
    MigrationExport v1 = exporter.export(model.schema(), d, ProjectLayout.detect(project));
    long full = System.nanoTime() - t0;
    new ExportWriter().write(project, v1.files());

    // A delta: rename one column in 1% of the entities, then export V2 with its proof.
    renameOnePercent(model);
    t0 = System.nanoTime();
    MigrationExport v2 = exporter.export(model.schema(), d, ProjectLayout.detect(project));
    long delta = System.nanoTime() - t0;
    if (v2.noNewMigration() || !v2.proof().startsWith("proven")) {
      throw new IllegalStateException("delta export did not prove: " + v2.proof());
    }
    // The same delta as a new process sees it (the command line): no proven history kept, V1 and
    // V2 replayed from an empty database.
    ProofDatabases.forgetProvenHistory();
    t0 = System.nanoTime();
    exporter.export(model.schema(), d, ProjectLayout.detect(project));
    long deltaCold = System.nanoTime() - t0;
    deleteTree(project);
    long[] whole = wholeExport(model, d);
    if (key.equals("warmup")) {
      return;
    }
    print(lines, "export." + key + ".v1_plan_ms", ms(plan), "ms (" + statements + " statements)");
    print(lines, "export." + key + ".v1_with_proof_ms", ms(full), "ms");
    print(lines, "export." + key + ".delta_with_proof_ms", ms(delta), "ms (" + v2.statements().size() + " statements; " + (d == Dialect.POSTGRES ? "V1 proven just before, V2 applied on a copy of it)" : "V1 + V2 replayed)"));
    print(lines, "export." + key + ".delta_with_proof_cold_ms", ms(deltaCold), "ms (V1 + V2 replayed from an empty database, as a new process does)");
    print(lines, "export." + key + ".project_v1_ms", ms(whole[0]), "ms (migrations with proof + " + whole[2] + " Java files, written)");
    print(lines, "export." + key + ".project_delta_ms", ms(whole[1]), "ms (delta migration with proof + Java files regenerated, written)");
  }

  /**
   * What {@code schemaforge export MODEL --target DIR} does: plan (validate, migrate with proof,
   * generate the Java sources) and write; once into an empty project, once after a 1% rename.
   * Returns {v1 nanos, delta nanos, Java files written}.
   */
  private static long[] wholeExport(Model original, Dialect d) throws Exception {
    Model model = SyntheticModels.generate(original.schema().entities().size(), 42);
    retarget(model, d);
    Path project = Files.createTempDirectory("schemaforge-bench-project");
    ProjectExporter exporter = new ProjectExporter();
    ExportOptions options = new ExportOptions(d, false, null, true, false, false, false);
    ProofDatabases.forgetProvenHistory();
    long t0 = System.nanoTime();
    List<Path> written = exporter.write(exporter.plan(model, project, options));
    long v1 = System.nanoTime() - t0;
    long javaFiles = written.stream().filter(p -> p.toString().endsWith(".java")).count();
    renameOnePercent(model);
    t0 = System.nanoTime();
    exporter.write(exporter.plan(model, project, options));
    long delta = System.nanoTime() - t0;
    deleteTree(project);
    return new long[] {v1, delta, javaFiles};
  }

  private static void renameOnePercent(Model model) {
    CommandStack stack = new CommandStack(model);
    List<Entity> entities = model.schema().entities();
    for (int i = 0; i < entities.size(); i += 100) {
      Entity e = entities.get(i);
      Attribute a = e.attributes().get(e.attributes().size() - 1);
      stack.execute(
          new ChangeAttributeCommand(
              e.id(),
              a.toBuilder()
                  .name(a.name() + "Renamed")
                  .columnName(a.columnName() + "_renamed")
                  .build()));
      stack.seal();
    }
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
  }

  private static void print(List<String> lines, String name, String value, String unit) {
    String line = "BENCH " + name + " " + value + " " + unit;
    System.out.println(line);
    lines.add(line);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
