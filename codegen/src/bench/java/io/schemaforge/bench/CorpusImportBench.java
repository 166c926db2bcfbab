package io.schemaforge.bench;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportOptions;
import io.schemaforge.codegen.importer.ModelFromCatalog;
import io.schemaforge.codegen.importer.ProjectImporter;
import io.schemaforge.codegen.importer.sql.SchemaReadResult;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import figures for the largest cases of the import corpus (unpacked by codegen's build into
 * {@code target/corpus}), as {@code schemaforge import} reads them: the scripts replayed (embedded
 * PostgreSQL) or interpreted (MySQL without a server: jOOQ's parser and DDL interpreter), the
 * catalog read back, and the model built and laid out. Median of {@link #RUNS} runs after {@link
 * #WARMUP} warm-up runs. The replay and catalog-read split is the importer's own, from its findings
 * ("replayed ... in 1.2 s", "read ... in 0.3 s"): 0.1 s resolution.
 */
final class CorpusImportBench {
  static final int WARMUP = 2;
  static final int RUNS = 3;
  private static final Pattern REPLAYED = Pattern.compile("^replayed .* in ([0-9.]+) s$");
  private static final Pattern READ = Pattern.compile("^read .* from the catalog in ([0-9.]+) s$");

  private CorpusImportBench() {}

  /** One corpus case: a folder of migrations under the corpus folder, in one dialect. */
  record Case(String name, String folder, Dialect dialect) {}

  static final List<Case> CASES =
      List.of(
          new Case("hawkbit.postgres", "hawkbit/db/migration/POSTGRESQL", Dialect.POSTGRES),
          new Case("hawkbit.mysql_interpreted", "hawkbit/db/migration/MYSQL", Dialect.MYSQL),
          new Case("nifi-registry.postgres", "nifi-registry/db/migration/postgres", Dialect.POSTGRES));

  static void run(Path corpus, BiConsumer<String, String[]> print) throws Exception {
    for (Case c : CASES) {
      Path folder = corpus.resolve(c.folder());
      if (!Files.isDirectory(folder)) {
        throw new IllegalStateException(
            folder + " is missing: codegen's build unpacks it in generate-test-resources");
      }
      long[][] runs = new long[RUNS][];
      Result last = null;
      for (int i = 0; i < WARMUP + RUNS; i++) {
        last = once(c, folder);
        if (i >= WARMUP) {
          runs[i - WARMUP] = last.nanos();
        }
      }
      String key = "import.corpus." + c.name();
      long[] median = median(runs);
      print.accept(
          key,
          new String[] {
            ms(median[0] + median[1]),
            String.format(
                Locale.ROOT,
                "ms (%d files, %d statement(s) not applied, %d tables, %d entities, %d"
                    + " relationships; median of %d)",
                last.read().history().size(),
                last.read().findings().stream()
                    .filter(f -> f.severity() == ImportFinding.Severity.ERROR)
                    .count(),
                last.read().schema().tables().size(),
                last.model().schema().entities().size(),
                last.model().schema().relationships().size(),
                RUNS)
          });
      if (c.dialect() == Dialect.POSTGRES) {
        print.accept(key + ".replay_ms", new String[] {ms(median[2]), "ms (importer's figure, 0.1 s resolution)"});
        print.accept(key + ".catalog_read_ms", new String[] {ms(median[3]), "ms (importer's figure, 0.1 s resolution)"});
        print.accept(key + ".read_schema_ms", new String[] {ms(median[0]), "ms (open scratch database, replay, catalog read, drop)"});
      } else {
        print.accept(key + ".interpret_ms", new String[] {ms(median[0]), "ms (jOOQ parser and DDL interpreter, no server)"});
      }
      print.accept(key + ".model_and_layout_ms", new String[] {ms(median[1]), "ms"});
    }
  }

  private record Result(SchemaReadResult read, Model model, long[] nanos) {}

  private static Result once(Case c, Path folder) throws Exception {
    long t0 = System.nanoTime();
    SchemaReadResult read =
        new ProjectImporter().readSchema(new ImportOptions(List.of(folder), c.dialect(), null, c.name()));
    long readNanos = System.nanoTime() - t0;
    // The interpreter leaves out what jOOQ cannot parse or apply (reported as findings, the import
    // goes on); a real engine must replay everything.
    if (read.schema().tables().isEmpty() || c.dialect() == Dialect.POSTGRES && read.hasErrors()) {
      throw new IllegalStateException(c.name() + " did not import: " + read.findings());
    }
    t0 = System.nanoTime();
    Model model = new ModelFromCatalog(read.dialect()).build(read.schema(), c.name()).model();
    long modelNanos = System.nanoTime() - t0;
    return new Result(
        read,
        model,
        new long[] {readNanos, modelNanos, finding(read, REPLAYED), finding(read, READ)});
  }

  /** The seconds an importer finding reports, in nanos; 0 when there is no such finding. */
  private static long finding(SchemaReadResult read, Pattern p) {
    for (ImportFinding f : read.findings()) {
      Matcher m = p.matcher(f.message());
      if (m.matches()) {
        return Math.round(Double.parseDouble(m.group(1)) * 1e9);
      }
    }
    return 0;
  }

  private static long[] median(long[][] runs) {
    long[] out = new long[runs[0].length];
    for (int k = 0; k < out.length; k++) {
      List<Long> values = new ArrayList<>();
      for (long[] r : runs) {
        values.add(r[k]);
      }
      values.sort(null);
      out[k] = values.get(values.size() / 2);
    }
    return out;
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
  }
}
