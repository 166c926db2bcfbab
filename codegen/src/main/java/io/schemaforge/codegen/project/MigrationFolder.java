package io.schemaforge.codegen.project;

import io.schemaforge.codegen.Sha256;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versioned migrations in a folder, ordered as Flyway orders them: by version, whose parts are
 * separated by {@code .} or {@code _} and compared as numbers.
 */
public final class MigrationFolder {
  private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__(.+)\\.sql");

  /**
   * One {@code V<version>__<description>.sql} file.
   *
   * @param config the content of its Flyway script configuration ({@code .sql.conf}), or null
   */
  public record Migration(
      String fileName, List<BigInteger> version, String content, String config) {
    public String versionText() {
      return String.join(".", version.stream().map(BigInteger::toString).toList());
    }

    /** SHA-256 of the content, hex: what the export state remembers to notice edits. */
    public String sha256() {
      return MigrationFolder.sha256(content);
    }
  }

  private final List<Migration> migrations;

  private MigrationFolder(List<Migration> migrations) {
    this.migrations = List.copyOf(migrations);
  }

  /** Reads the folder; a folder that does not exist yet holds no migrations. */
  public static MigrationFolder read(Path folder) throws IOException {
    List<Migration> found = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path p : files.toList()) {
          Matcher m = VERSIONED.matcher(p.getFileName().toString());
          if (m.matches() && Files.isRegularFile(p)) {
            Path conf = p.resolveSibling(p.getFileName() + ".conf");
            String config =
                Files.isRegularFile(conf) ? Files.readString(conf, StandardCharsets.UTF_8) : null;
            found.add(
                new Migration(
                    p.getFileName().toString(),
                    parse(m.group(1)),
                    Files.readString(p, StandardCharsets.UTF_8),
                    config));
          }
        }
      }
    }
    found.sort(Comparator.comparing(Migration::version, MigrationFolder::compare));
    return new MigrationFolder(found);
  }

  public static MigrationFolder of(List<Migration> migrations) {
    List<Migration> sorted = new ArrayList<>(migrations);
    sorted.sort(Comparator.comparing(Migration::version, MigrationFolder::compare));
    return new MigrationFolder(sorted);
  }

  public List<Migration> migrations() {
    return migrations;
  }

  public boolean isEmpty() {
    return migrations.isEmpty();
  }

  /** The next whole version after the highest one: V3 after V2, and after V2.1 too. */
  public BigInteger nextVersion() {
    if (migrations.isEmpty()) {
      return BigInteger.ONE;
    }
    return migrations.get(migrations.size() - 1).version().get(0).add(BigInteger.ONE);
  }

  static List<BigInteger> parse(String version) {
    List<BigInteger> parts = new ArrayList<>();
    for (String s : version.split("[._]")) {
      parts.add(new BigInteger(s));
    }
    return parts;
  }

  static int compare(List<BigInteger> a, List<BigInteger> b) {
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

  public static String sha256(String content) {
    return Sha256.hex(content);
  }
}
