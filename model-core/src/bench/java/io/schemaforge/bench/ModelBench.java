package io.schemaforge.bench;

import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.Command;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.Origin;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.projectfile.ProjectFileReader;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The model-core benchmark: full and incremental validation, load, save, file size and retained
 * heap on synthetic models of several sizes. Prints one line per figure, {@code BENCH <name>
 * <value> <unit>}, and comments starting with {@code #}.
 *
 * <p>A plain harness rather than JMH, because the figure that matters for live validation is the
 * tail of single edits: every edit is timed on its own with {@link System#nanoTime()} and the
 * median and 99th percentile are taken over all measured samples, after untimed warm-up edits. The
 * JIT is warmed on every phase before measuring, a full GC runs between phases, and every result
 * feeds a sink that is printed at the end so no work can be optimised away.
 *
 * <p>System properties: {@code bench.sizes} (default {@code 500,2000,5000}), {@code bench.samples}
 * (measured edits per kind, default 2000), {@code bench.warmup} (untimed edits per kind, default
 * 500), {@code bench.seed} (default 42), {@code bench.out} (a file that gets the BENCH lines too).
 */
public final class ModelBench {
  private static final double MIB = 1024.0 * 1024.0;

  private final int[] sizes;
  private final int samples;
  private final int warmup;
  private final long seed;
  private final RuleRegistry rules = RuleRegistry.builtIn();
  private final List<String> lines = new ArrayList<>();
  private final PrintStream out = System.out;
  private long sink;
  private int inconsistencies;

  /** Edits per kind and size after which live and full validation are compared (untimed). */
  private static final int CONSISTENCY_CHECKS = 5;

  private ModelBench(int[] sizes, int samples, int warmup, long seed) {
    this.sizes = sizes;
    this.samples = samples;
    this.warmup = warmup;
    this.seed = seed;
  }

  public static void main(String[] args) throws Exception {
    int[] sizes =
        Arrays.stream(System.getProperty("bench.sizes", "500,2000,5000").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .mapToInt(Integer::parseInt)
            .toArray();
    ModelBench bench =
        new ModelBench(
            sizes,
            Integer.getInteger("bench.samples", 2000),
            Integer.getInteger("bench.warmup", 500),
            Long.getLong("bench.seed", 42L));
    bench.run();
    String file = System.getProperty("bench.out", "");
    if (!file.isEmpty()) {
      Path path = Path.of(file);
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.write(path, bench.lines, StandardCharsets.UTF_8);
    }
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    comment(
        "Schemaforge model-core benchmark: java "
            + Runtime.version()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cpus, max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB, "
            + rules.all().size()
            + " rules, seed "
            + seed);
    Path dir = Files.createTempDirectory("schemaforge-bench");
    try {
      warmUpJit(dir);
      int largest = Arrays.stream(sizes).max().orElse(0);
      Path largestFile = null;
      for (int n : sizes) {
        Path file = runSize(n, dir);
        if (n == largest) {
          largestFile = file;
        }
      }
      if (largestFile != null) {
        measureHeap(largest, largestFile);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    report("validate.inconsistencies", inconsistencies, "count");
    comment(
        String.format(
            Locale.ROOT,
            "done in %.1f s (sink %d)",
            (System.nanoTime() - start) / 1e9,
            sink & 0xff));
  }

  /**
   * Runs every code path once for a few seconds on a small model, untimed, so that the first size
   * is not measured while the JIT compilers still compete for the two cores.
   */
  private void warmUpJit(Path dir) throws Exception {
    long t0 = System.nanoTime();
    Model model = SyntheticModels.generate(300, seed + 1);
    LiveValidator validator = new LiveValidator(model, rules);
    for (int i = 0; i < 200; i++) {
      validator.validateAll();
      sink += validator.errorCount();
    }
    CommandStack stack = new CommandStack(model);
    Timed timed = new Timed(validator);
    stack.addListener(timed::onChange);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<EditMaker> makers =
        List.of(
            this::renameAttribute, this::changeType, this::addRelationship, this::changeKeyType);
    for (int i = 0; i < 20_000; i++) {
      editAndUndo(stack, makers.get(i % makers.size()).next(model, rnd));
    }
    sink += timed.sink;
    Path file = dir.resolve("warm-up" + ProjectFiles.EXTENSION);
    for (int i = 0; i < 30; i++) {
      ProjectFiles.save(model, file);
      sink += ProjectFiles.load(file).schema().entities().size();
    }
    Files.delete(file);
    comment(String.format(Locale.ROOT, "JIT warm-up: %.1f s", (System.nanoTime() - t0) / 1e9));
  }

  /** Every figure of one model size; returns the saved model file, for the heap figure. */
  private Path runSize(int n, Path dir) throws Exception {
    forceGc();
    long t0 = System.nanoTime();
    Model model = SyntheticModels.generate(n, seed);
    describe(n, model, (System.nanoTime() - t0) / 1e6);

    LiveValidator validator = new LiveValidator(model, rules);
    report("model.errors.n" + n, validator.errorCount(), "count");
    report("model.warnings.n" + n, validator.warningCount(), "count");
    if (validator.errorCount() > 0) {
      Map<String, Integer> byRule = new HashMap<>();
      validator.diagnostics().forEach(d -> byRule.merge(d.ruleId(), 1, Integer::sum));
      comment("errors and warnings by rule: " + byRule);
    }

    fullValidation(n, validator);

    CommandStack stack = new CommandStack(model);
    Timed timed = new Timed(validator);
    stack.addListener(timed::onChange);
    incremental(n, "renameAttribute", stack, timed, this::renameAttribute);
    incremental(n, "changeType", stack, timed, this::changeType);
    incremental(n, "addRelationship", stack, timed, this::addRelationship);
    incremental(n, "changeKeyType", stack, timed, this::changeKeyType);
    Entity hub = mostConnected(model);
    comment(
        "hub of n="
            + n
            + ": "
            + hub.name()
            + " with "
            + model.schema().relationshipsOf(hub.id()).size()
            + " relationships");
    incremental(
        n, "renameHubAttribute", stack, timed, (m, rnd) -> renameAttributeOf(hub.id(), m, rnd));
    checkConsistent("n" + n + " after all edits and undos", model, validator);

    return saveAndLoad(n, model, dir);
  }

  private void describe(int n, Model model, double generateMillis) {
    Schema s = model.schema();
    int attributes = 0;
    Map<LogicalType, Integer> types = new EnumMap<>(LogicalType.class);
    for (Entity e : s.entities()) {
      attributes += e.attributes().size();
      e.attributes().forEach(a -> types.merge(a.type(), 1, Integer::sum));
    }
    Map<String, Integer> kinds = new HashMap<>();
    for (Relationship r : s.relationships()) {
      kinds.merge(r.isSelfReferencing() ? "SELF" : r.kind().name(), 1, Integer::sum);
    }
    comment(
        String.format(
            Locale.ROOT,
            "n=%d: %d entities, %.1f attributes and %.2f relationships per entity %s, types %s;"
                + " generated in %.0f ms",
            n,
            s.entities().size(),
            attributes / (double) s.entities().size(),
            s.relationships().size() / (double) s.entities().size(),
            kinds,
            types,
            generateMillis));
  }

  /** {@link LiveValidator#validateAll()}: warmed up for at least a second, then timed. */
  private void fullValidation(int n, LiveValidator validator) {
    forceGc();
    long warmUntil = System.nanoTime() + 1_000_000_000L;
    for (int i = 0; i < 3 || System.nanoTime() < warmUntil; i++) {
      validator.validateAll();
      sink += validator.errorCount();
    }
    forceGc();
    Samples full = new Samples(64);
    long budgetEnd = System.nanoTime() + 4_000_000_000L;
    while (full.size() < 10 || (full.size() < 60 && System.nanoTime() < budgetEnd)) {
      long t0 = System.nanoTime();
      validator.validateAll();
      long t1 = System.nanoTime();
      full.add(t1 - t0);
      sink += validator.errorCount() + validator.warningCount();
    }
    report("validate.full.n" + n, full.medianMillis(), "ms");
    comment(
        String.format(
            Locale.ROOT,
            "validate.full.n%d: %d runs, max %.1f ms",
            n,
            full.size(),
            full.maxMillis()));
  }

  /** Times the validator's update for the change set of each edit, as the stack publishes it. */
  private static final class Timed {
    final LiveValidator validator;
    Samples samples;
    long sink;

    Timed(LiveValidator validator) {
      this.validator = validator;
    }

    void onChange(io.schemaforge.command.ModelChangeEvent e) {
      long t0 = System.nanoTime();
      validator.update(e.changes());
      long t1 = System.nanoTime();
      if (samples != null && e.origin() == Origin.EXECUTE) {
        samples.add(t1 - t0);
      }
      sink += validator.errorCount();
    }
  }

  /** Makes the next edit of one kind. */
  private interface EditMaker {
    Command next(Model model, SplittableRandom rnd);
  }

  /**
   * Executes edits of one kind through the stack, each undone right after, so the model stays the
   * same; the validator follows both. Only the update after the edit itself is recorded.
   */
  private void incremental(int n, String name, CommandStack stack, Timed timed, EditMaker maker) {
    SplittableRandom rnd = new SplittableRandom(seed * 31 + name.hashCode());
    Model model = stack.model();
    forceGc();
    timed.samples = null;
    for (int i = 0; i < warmup; i++) {
      Command c = maker.next(model, rnd);
      if (i < CONSISTENCY_CHECKS) {
        // While the edit is in place, the live diagnostics must be those of a full validation.
        stack.execute(c);
        stack.seal();
        checkConsistent(
            name + ".n" + n + " after '" + c.description() + "'", model, timed.validator);
        stack.undo();
      } else {
        editAndUndo(stack, c);
      }
    }
    forceGc();
    Samples s = new Samples(samples);
    Samples whole = new Samples(samples);
    timed.samples = s;
    for (int i = 0; i < samples; i++) {
      whole.add(editAndUndo(stack, maker.next(model, rnd)));
    }
    timed.samples = null;
    sink += timed.sink;
    String key = "validate.incremental." + name + ".n" + n;
    report(key + ".median", s.medianMillis(), "ms");
    report(key + ".p99", s.percentileMillis(99), "ms");
    comment(
        String.format(
            Locale.ROOT,
            "%s: %d edits, max %.3f ms; whole edit (command + update) median %.3f p99 %.3f ms",
            key,
            s.size(),
            s.maxMillis(),
            whole.medianMillis(),
            whole.percentileMillis(99)));
  }

  /** Executes and undoes one edit; returns how long the edit took (command and validation). */
  private static long editAndUndo(CommandStack stack, Command c) {
    long t0 = System.nanoTime();
    stack.execute(c);
    long t1 = System.nanoTime();
    stack.seal();
    if (!stack.undo()) {
      throw new IllegalStateException("could not undo " + c.description());
    }
    return t1 - t0;
  }

  private static Entity randomEntity(Model model, SplittableRandom rnd) {
    List<Entity> all = model.schema().entities();
    return all.get(rnd.nextInt(all.size()));
  }

  /** A non-key attribute of a random entity, renamed (field and column) as a user would. */
  private Command renameAttribute(Model model, SplittableRandom rnd) {
    return renameAttributeOf(randomEntity(model, rnd).id(), model, rnd);
  }

  /** A random non-key attribute of one entity, renamed. */
  private static Command renameAttributeOf(String entityId, Model model, SplittableRandom rnd) {
    Entity e = model.schema().requireEntity(entityId);
    while (true) {
      Attribute a = e.attributes().get(rnd.nextInt(e.attributes().size()));
      if (a.primaryKey()) {
        continue;
      }
      return new ChangeAttributeCommand(
          e.id(),
          a.toBuilder().name(a.name() + "Renamed").columnName(a.columnName() + "_renamed").build());
    }
  }

  /** The entity with the most relationships: the User or Tenant that everything refers to. */
  private static Entity mostConnected(Model model) {
    Entity best = null;
    int degree = -1;
    for (Entity e : model.schema().entities()) {
      int d = model.schema().relationshipsOf(e.id()).size();
      if (d > degree) {
        best = e;
        degree = d;
      }
    }
    return best;
  }

  /** A plain (not key, not foreign-key) attribute of a random entity gets another type. */
  private Command changeType(Model model, SplittableRandom rnd) {
    while (true) {
      Entity e = randomEntity(model, rnd);
      Attribute a = e.attributes().get(rnd.nextInt(e.attributes().size()));
      if (a.primaryKey() || model.schema().relationshipManaging(e.id(), a.id()).isPresent()) {
        continue;
      }
      Attribute.Builder b = a.toBuilder().length(null).precision(null).scale(null);
      switch (a.type()) {
        case STRING -> b.type(LogicalType.TEXT);
        case TEXT, JSON -> b.type(LogicalType.STRING).length(500);
        case DECIMAL -> b.type(LogicalType.DOUBLE);
        case DOUBLE, FLOAT -> b.type(LogicalType.DECIMAL).precision(18).scale(4);
        case INT, SMALLINT -> b.type(LogicalType.BIGINT);
        case BIGINT -> b.type(LogicalType.INT);
        case BOOLEAN -> b.type(LogicalType.SMALLINT);
        case TIMESTAMPTZ, TIMESTAMP, TIME -> b.type(LogicalType.DATE);
        case DATE -> b.type(LogicalType.TIMESTAMPTZ);
        case UUID -> b.type(LogicalType.STRING).length(36);
        case ENUM -> b.type(LogicalType.STRING).length(20).enumValues(List.of());
        default -> b.type(LogicalType.STRING).length(100);
      }
      return new ChangeAttributeCommand(e.id(), b.build());
    }
  }

  /** A new 1:N relationship between two random entities, with its foreign key and index. */
  private Command addRelationship(Model model, SplittableRandom rnd) {
    Entity source = randomEntity(model, rnd);
    Entity target = randomEntity(model, rnd);
    return AddRelationshipCommand.between(
        model, RelationshipKind.ONE_TO_MANY, source.id(), target.id());
  }

  /**
   * The primary key of a random entity changes type (Long to UUID): the foreign keys that refer to
   * it follow, in every entity on the "many" side. Not a required figure; the heaviest common edit.
   */
  private Command changeKeyType(Model model, SplittableRandom rnd) {
    Entity e = randomEntity(model, rnd);
    Attribute pk = e.primaryKey().get(0);
    return new ChangeAttributeCommand(
        e.id(), pk.toBuilder().type(LogicalType.UUID).identity(false).build());
  }

  /** The incremental result must equal a validation from scratch; says so when it does not. */
  private void checkConsistent(String when, Model model, LiveValidator validator) {
    Map<Diagnostic, Integer> live = new HashMap<>();
    validator.diagnostics().forEach(d -> live.merge(d, 1, Integer::sum));
    Map<Diagnostic, Integer> fresh = new HashMap<>();
    LiveValidator.validate(model, rules).forEach(d -> fresh.merge(d, 1, Integer::sum));
    if (!live.equals(fresh)) {
      inconsistencies++;
      Map<Diagnostic, Integer> stale = new HashMap<>(live);
      fresh.forEach((d, k) -> stale.merge(d, -k, Integer::sum));
      stale.values().removeIf(k -> k == 0);
      comment(
          "WARNING "
              + when
              + ": incremental diagnostics differ from a full validation (live minus full: "
              + stale
              + ")");
    }
  }

  /** Save and load through {@link ProjectFiles}, plus the JSON conversion alone (no disk). */
  private Path saveAndLoad(int n, Model model, Path dir) throws Exception {
    Path file = dir.resolve("synthetic-" + n + ProjectFiles.EXTENSION);
    int iterations = n >= 5000 ? 10 : n >= 2000 ? 15 : 25;

    forceGc();
    for (int i = 0; i < 3; i++) {
      ProjectFiles.save(model, file);
    }
    Samples save = new Samples(iterations);
    for (int i = 0; i < iterations; i++) {
      long t0 = System.nanoTime();
      ProjectFiles.save(model, file);
      save.add(System.nanoTime() - t0);
    }
    report("save.n" + n, save.medianMillis(), "ms");
    long bytes = Files.size(file);
    report("file.size.n" + n, bytes / 1024.0, "KB");

    forceGc();
    for (int i = 0; i < 3; i++) {
      sink += ProjectFiles.load(file).schema().entities().size();
    }
    Samples load = new Samples(iterations);
    for (int i = 0; i < iterations; i++) {
      long t0 = System.nanoTime();
      Model loaded = ProjectFiles.load(file);
      load.add(System.nanoTime() - t0);
      sink += loaded.schema().relationships().size();
    }
    report("load.n" + n, load.medianMillis(), "ms");

    // The same without the disk: what is CPU (Jackson, model building) and what is I/O (fsync).
    forceGc();
    Samples toJson = new Samples(iterations);
    Samples fromJson = new Samples(iterations);
    String json = null;
    for (int i = 0; i < iterations + 3; i++) {
      long t0 = System.nanoTime();
      json = ProjectFileWriter.toJson(model);
      long t1 = System.nanoTime();
      Model parsed = ProjectFileReader.fromJson(json, file.toString());
      long t2 = System.nanoTime();
      sink += json.length() + parsed.schema().entities().size();
      if (i >= 3) {
        toJson.add(t1 - t0);
        fromJson.add(t2 - t1);
      }
    }
    report("save.toJson.n" + n, toJson.medianMillis(), "ms");
    report("load.fromJson.n" + n, fromJson.medianMillis(), "ms");

    // What autosave does on the UI thread: a snapshot; the file is written in the background.
    Samples snapshot = new Samples(iterations);
    for (int i = 0; i < iterations + 3; i++) {
      long t0 = System.nanoTime();
      Model copy = model.snapshot();
      long t1 = System.nanoTime();
      sink += copy.schema().entities().size();
      if (i >= 3) {
        snapshot.add(t1 - t0);
      }
    }
    report("autosave.snapshot.n" + n, snapshot.medianMillis(), "ms");
    comment(
        String.format(
            Locale.ROOT,
            "save.n%d max %.1f ms, load.n%d max %.1f ms (%d runs each)",
            n,
            save.maxMillis(),
            n,
            load.maxMillis(),
            iterations));
    return file;
  }

  /**
   * The heap a loaded model keeps alive: used heap after a full GC with the model held, minus the
   * same before loading it. Then the same again with a live validator on it (its indexes and
   * diagnostics).
   */
  private void measureHeap(int n, Path file) throws Exception {
    forceGc();
    long before = usedHeap();
    Model loaded = ProjectFiles.load(file);
    forceGc();
    long withModel = usedHeap();
    report("heap.loaded.n" + n, (withModel - before) / MIB, "MB");
    LiveValidator validator = new LiveValidator(loaded, rules);
    forceGc();
    long withValidator = usedHeap();
    report("heap.loadedValidated.n" + n, (withValidator - before) / MIB, "MB");
    sink += validator.errorCount();
    Reference.reachabilityFence(loaded);
    Reference.reachabilityFence(validator);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void forceGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void report(String name, double value, String unit) {
    String v;
    if (unit.equals("count")) {
      v = String.valueOf((long) value);
    } else if (Math.abs(value) >= 100) {
      v = String.format(Locale.ROOT, "%.1f", value);
    } else if (Math.abs(value) >= 1) {
      v = String.format(Locale.ROOT, "%.2f", value);
    } else {
      v = String.format(Locale.ROOT, "%.3f", value);
    }
    String line = "BENCH " + name + " " + v + " " + unit;
    lines.add(line);
    out.println(line);
    out.flush();
  }

  private void comment(String text) {
    out.println("# " + text);
    out.flush();
  }
}
