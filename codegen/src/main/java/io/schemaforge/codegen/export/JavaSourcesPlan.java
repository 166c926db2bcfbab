package io.schemaforge.codegen.export;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.generated.FileClassification;
import io.schemaforge.codegen.generated.FileStatus;
import io.schemaforge.codegen.generated.GeneratedFileClassifier;
import io.schemaforge.codegen.generated.OrphanFile;
import io.schemaforge.codegen.java.JavaExportOptions;
import io.schemaforge.codegen.java.JavaSourcesExporter;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Java side of an export: generates the sources, classifies each against the file on disk (new,
 * unchanged, regenerated, or edited by the user), and finds orphans.
 */
record JavaSourcesPlan(
    List<FileClassification> classified, List<OrphanFile> orphans, List<String> notices) {

  static JavaSourcesPlan of(
      Schema schema,
      Dialect dialect,
      Path root,
      ExportOptions options,
      String basePackage,
      List<GeneratedFile> jooqFiles)
      throws IOException {
    JavaExportOptions jo =
        JavaExportOptions.defaults()
            .withBasePackage(basePackage)
            .withDialect(dialect)
            .withRepositories(options.withRepositories());
    JavaSourcesExporter exporter = new JavaSourcesExporter();
    List<GeneratedFile> files = new ArrayList<>(exporter.export(schema, jo));
    files.addAll(jooqFiles);
    List<Path> directories = new ArrayList<>(exporter.generatedDirectories(schema, jo));
    if (options.withJooq()) {
      // jooq-codegen's layout: the package, tables/ and tables/records/ under it.
      Path jooq = Path.of(jo.sourceRoot(), ProjectExporter.jooqPackage(basePackage).split("\\."));
      directories.addAll(List.of(jooq, jooq.resolve("tables"), jooq.resolve("tables/records")));
    }
    GeneratedFileClassifier classifier = new GeneratedFileClassifier();
    try {
      List<FileClassification> classified =
          classifier.classifyAll(files, p -> read(root.resolve(p)));
      Map<Path, String> existing = new LinkedHashMap<>();
      for (Path dir : directories) {
        Path abs = root.resolve(dir);
        if (Files.isDirectory(abs)) {
          try (Stream<Path> s = Files.list(abs)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".java")).toList()) {
              existing.put(root.relativize(p), Files.readString(p));
            }
          }
        }
      }
      return new JavaSourcesPlan(
          classified,
          classifier.orphans(schema.name(), files, existing),
          exporter.skipped(schema, jo));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Optional<String> read(Path p) {
    try {
      return Files.isRegularFile(p) ? Optional.of(Files.readString(p)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What to write: new and regenerated files; edited ones too (with a .bak) when forced. */
  List<GeneratedFile> toWrite(Path root, boolean force) throws IOException {
    List<GeneratedFile> out = new ArrayList<>();
    for (FileClassification c : classified) {
      if (c.status() == FileStatus.NEW || c.status() == FileStatus.REGENERATE) {
        out.add(c.file());
      } else if (c.status() == FileStatus.CONFLICT && force) {
        Path path = c.file().path();
        out.add(new GeneratedFile(Path.of(path + ".bak"), Files.readString(root.resolve(path))));
        out.add(c.file());
      }
    }
    return out;
  }
}
