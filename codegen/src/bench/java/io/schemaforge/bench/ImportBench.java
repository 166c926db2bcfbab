package io.schemaforge.bench;

import io.schemaforge.codegen.importer.ImportOptions;
import io.schemaforge.codegen.importer.ModelFromCatalog;
import io.schemaforge.codegen.importer.ProjectImporter;
import io.schemaforge.codegen.importer.sql.SchemaReadResult;
import io.schemaforge.codegen.migration.MigrationSql;
import io.schemaforge.codegen.migration.MigrationStatement;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Import figures: a synthetic migration history (the model-core synthetic model's create script,
 * split into several {@code V} files) read back by replaying it on embedded PostgreSQL
 * (SQL → DbSchema), then turned into a model (DbSchema → Model, with layout). Prints {@code BENCH
 * import.pg.<n> <ms> ms} lines. Run: {@code mvn -B -Pbench -pl model-core,codegen verify
 * -DskipTests} (sizes: {@code -Dimport.bench.sizes=1000}). With {@code -Dimport.bench.corpus=DIR}
 * (the build passes codegen's {@code target/corpus}) also the largest corpus cases ({@link
 * CorpusImportBench}).
 */
public final class ImportBench {
  private static final int FILES = 5;

  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    String sizes = System.getProperty("import.bench.sizes", "1000");
    // Warm-up: start embedded PostgreSQL and load the classes once, outside the figures.
    run(50, new ArrayList<>(), true);
    for (String s : sizes.split(",")) {
      run(Integer.parseInt(s.trim()), lines, false);
    }
    String corpus = System.getProperty("import.bench.corpus");
    if (corpus != null) {
      CorpusImportBench.run(Path.of(corpus), (name, v) -> print(lines, name, v[0], v[1]));
    }
    String out = System.getProperty("bench.out");
    if (out != null) {
      Files.createDirectories(Path.of(out).getParent());
      Files.write(Path.of(out), lines);
    }
  }

  private static void run(int n, List<String> lines, boolean warmup) throws Exception {
    Model source = SyntheticModels.generate(n, 42);
    Path history = Files.createTempDirectory("schemaforge-import-bench");
    try {
      int statements = writeHistory(source, history);
      long t0 = System.nanoTime();
      SchemaReadResult read =
          new ProjectImporter()
              .readSchema(new ImportOptions(List.of(history), Dialect.POSTGRES, null, "bench"));
      long readNanos = System.nanoTime() - t0;
      if (read.hasErrors()) {
        throw new IllegalStateException("the synthetic history did not replay: " + read.findings());
      }
      t0 = System.nanoTime();
      Model model = new ModelFromCatalog(Dialect.POSTGRES).build(read.schema(), "bench").model();
      long modelNanos = System.nanoTime() - t0;
      if (warmup) {
        return;
      }
      print(
          lines,
          "import.pg." + n,
          ms(readNanos + modelNanos),
          String.format(
              Locale.ROOT,
              "ms (%d V files, %d statements, %d tables, %d entities, %d relationships)",
              FILES,
              statements,
              read.schema().tables().size(),
              model.schema().entities().size(),
              model.schema().relationships().size()));
      print(lines, "import.pg." + n + ".replay_and_read_catalog_ms", ms(readNanos), "ms");
      print(lines, "import.pg." + n + ".model_and_layout_ms", ms(modelNanos), "ms");
    } finally {
      deleteTree(history);
    }
  }

  /** The create script in {@link #FILES} consecutive V files; returns the statement count. */
  private static int writeHistory(Model model, Path dir) throws IOException {
    List<MigrationStatement> all = MigrationSql.createAllStatements(model.schema(), Dialect.POSTGRES);
    int per = (all.size() + FILES - 1) / FILES;
    for (int f = 0; f < FILES; f++) {
      StringBuilder sql = new StringBuilder();
      for (MigrationStatement s : all.subList(Math.min(all.size(), f * per), Math.min(all.size(), (f + 1) * per))) {
        sql.append("-- ").append(s.summary()).append('\n').append(s.sql()).append(";\n\n");
      }
      Files.writeString(dir.resolve("V" + (f + 1) + "__part_" + (f + 1) + ".sql"), sql);
    }
    return all.size();
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
