package io.schemaforge.codegen.importer;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One real third-party schema of the import corpus: its PostgreSQL scripts (unpacked by the build
 * into {@code target/corpus}) and its ground-truth facts (in the test resources).
 *
 * @param scripts a single script, or a folder of Flyway {@code V*__*.sql} migrations
 */
record CorpusCase(String name, String scripts, String groundTruth) {
  static final Path CORPUS = Path.of("target", "corpus");

  static List<CorpusCase> all() {
    return List.of(
        new CorpusCase(
            "quartz",
            "quartz/org/quartz/impl/jdbcjobstore/tables_postgres.sql",
            "quartz-2.5.2-postgres"),
        new CorpusCase(
            "spring-batch",
            "spring-batch/org/springframework/batch/core/schema-postgresql.sql",
            "spring-batch-6.0.4-postgresql"),
        new CorpusCase(
            "spring-session",
            "spring-session/org/springframework/session/jdbc/schema-postgresql.sql",
            "spring-session-jdbc-4.1.0-postgresql"),
        new CorpusCase(
            "spring-security-acl",
            "spring-security-acl/createAclSchemaPostgres.sql",
            "spring-security-acl-7.0.6-postgres"),
        new CorpusCase(
            "nifi-registry",
            "nifi-registry/db/migration/postgres",
            "nifi-registry-1.18.0-postgres"),
        new CorpusCase("conductor", "conductor/db/migration_postgres", "conductor-3.15.0-postgres"),
        new CorpusCase("hawkbit", "hawkbit/db/migration/POSTGRESQL", "hawkbit-0.3.0M7-postgres"));
  }

  /** The scripts in the order they run: Flyway's version order for a folder. */
  List<Path> files() throws IOException {
    Path p = CORPUS.resolve(scripts);
    if (!Files.exists(p)) {
      throw new IllegalStateException(
          p.toAbsolutePath() + " is missing: the build unpacks it in generate-test-resources");
    }
    if (Files.isRegularFile(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      List<Path> files =
          new ArrayList<>(
              s.filter(f -> f.getFileName().toString().matches("V[0-9._]+__.*\\.sql")).toList());
      files.sort(Comparator.comparing(CorpusCase::version, CorpusCase::compareVersions));
      return files;
    }
  }

  private static List<BigInteger> version(Path f) {
    String n = f.getFileName().toString();
    String v = n.substring(1, n.indexOf("__"));
    return Stream.of(v.split("[._]")).map(BigInteger::new).toList();
  }

  private static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return name;
  }
}
