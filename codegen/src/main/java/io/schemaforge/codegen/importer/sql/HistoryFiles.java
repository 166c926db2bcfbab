package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportException;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.project.MigrationFolder;
import io.schemaforge.codegen.project.ProjectLayout;
import io.schemaforge.model.Dialect;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the SQL files to import in what the user gave (project folders, folders of scripts, single
 * files) and puts them in the order Flyway applies them: versioned files by version ({@code .} and
 * {@code _} both separate parts, compared as numbers), then repeatable files by description, then
 * plain scripts (those given one by one in the order given, those found in a folder by name). Undo
 * files are never applied. Java sources are left to the JPA importer.
 *
 * <p>Projects that support several databases keep one variant per vendor ({@code
 * db/migration/postgres}, {@code tables_mysql.sql}); only one vendor's files are kept: the one
 * {@code --dialect} names, else PostgreSQL, H2, SQLite, MySQL, MariaDB in that order.
 */
public final class HistoryFiles {
  private static final List<String> PREFERRED =
      List.of("postgres", "h2", "sqlite", "mysql", "mariadb");

  /**
   * The files to replay, the vendor their names point to (if any), and what was left out.
   *
   * @param vendor the vendor key ({@code postgres}, {@code mysql}, ...) of the kept files' names
   */
  public record Collected(
      List<HistoryFile> files, Optional<String> vendor, List<ImportFinding> findings) {
    public Collected {
      files = List.copyOf(files);
      findings = List.copyOf(findings);
    }
  }

  /** One candidate file and how it was found. */
  private record Candidate(
      Path path, Path root, boolean explicit, Optional<FlywayFileName> flyway) {
    Optional<String> vendor() {
      Optional<String> v = VendorNames.of(path.getFileName().toString());
      if (v.isPresent()) {
        return v;
      }
      if (explicit) {
        // A file given by itself: only its own folder's name (h2/schema.sql) says more.
        Path parent = path.toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null
            ? Optional.empty()
            : VendorNames.of(parent.getFileName().toString());
      }
      // The nearest folder between the root given and the file that names a vendor.
      for (Path dir = path.getParent();
          dir != null && dir.startsWith(root) && !dir.equals(root);
          dir = dir.getParent()) {
        v = VendorNames.of(dir.getFileName().toString());
        if (v.isPresent()) {
          return v;
        }
      }
      return Optional.empty();
    }
  }

  private HistoryFiles() {}

  /**
   * @param requested the dialect the user asked for, or null
   * @throws ImportException when a path does not exist or no SQL file is found
   */
  public static Collected collect(List<Path> paths, Dialect requested) throws ImportException {
    List<ImportFinding> findings = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new ImportException(p + ": no such file or folder");
      }
      if (Files.isDirectory(p)) {
        candidates.addAll(inFolder(p, findings));
      } else if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")) {
        candidates.add(new Candidate(p, p, true, FlywayFileName.parse(p.getFileName().toString())));
      } else if (!p.getFileName().toString().endsWith(".java")) {
        throw new ImportException(p + ": not a .sql file or a folder");
      }
    }
    candidates = withoutUndo(candidates, findings);
    if (candidates.isEmpty()) {
      throw new NoScriptsFoundException(
          "no SQL scripts found in "
              + String.join(", ", paths.stream().map(Path::toString).toList()));
    }
    Optional<String> vendor = chooseVendor(candidates, requested);
    if (vendor.isPresent()) {
      candidates = ofVendor(candidates, vendor.get(), findings);
    }
    List<HistoryFile> files = new ArrayList<>();
    for (Candidate c : ordered(candidates, findings)) {
      files.add(read(c, findings));
    }
    return new Collected(files, vendor, findings);
  }

  /**
   * A project's Flyway location when it names one, else every {@code .sql} under the folder (build
   * output, hidden folders and test sources excluded). Plain scripts next to Flyway migrations are
   * left out, as Flyway leaves them.
   */
  private static List<Candidate> inFolder(Path folder, List<ImportFinding> findings)
      throws ImportException {
    Path scan = folder;
    try {
      if (isProject(folder)) {
        ProjectLayout layout = ProjectLayout.detect(folder);
        if (layout.migrationSource().equals("spring.flyway.locations")
            && Files.isDirectory(layout.absoluteMigrationFolder())) {
          scan = layout.absoluteMigrationFolder();
          findings.add(
              new ImportFinding(
                  Severity.INFO,
                  scan.toString(),
                  0,
                  null,
                  "Flyway location from spring.flyway.locations"));
        }
      }
      List<Candidate> found = new ArrayList<>();
      Path root = scan;
      for (Path p : sqlFilesUnder(root)) {
        found.add(new Candidate(p, root, false, FlywayFileName.parse(p.getFileName().toString())));
      }
      if (found.stream().anyMatch(c -> c.flyway().isPresent())) {
        List<String> plain =
            found.stream().filter(c -> c.flyway().isEmpty()).map(c -> c.path().toString()).toList();
        if (!plain.isEmpty()) {
          findings.add(
              new ImportFinding(
                  Severity.INFO,
                  folder.toString(),
                  0,
                  null,
                  plain.size()
                      + " .sql file(s) without a Flyway name (V<version>__<description>.sql) left"
                      + " out, as Flyway leaves them: "
                      + String.join(", ", plain)));
        }
        found.removeIf(c -> c.flyway().isEmpty());
      }
      return found;
    } catch (IOException e) {
      throw new ImportException(folder + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Sorted; build output, hidden folders and test sources are not even entered. */
  private static List<Path> sqlFilesUnder(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && isIgnored(root.relativize(dir))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(null);
    return found;
  }

  private static boolean isProject(Path folder) {
    return Stream.of("pom.xml", "build.gradle", "build.gradle.kts")
        .anyMatch(f -> Files.isRegularFile(folder.resolve(f)));
  }

  private static boolean isIgnored(Path relative) {
    String previous = "";
    for (Path part : relative) {
      String s = part.toString();
      if (s.equals("target")
          || s.equals("build")
          || s.equals("node_modules")
          || s.startsWith(".")
          || previous.equals("src") && s.equals("test")) {
        return true;
      }
      previous = s;
    }
    return false;
  }

  private static List<Candidate> withoutUndo(List<Candidate> all, List<ImportFinding> findings) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      if (c.flyway().isPresent() && c.flyway().get().undo()) {
        findings.add(
            new ImportFinding(
                Severity.INFO, c.path().toString(), 0, null, "undo migration: not applied"));
      } else {
        kept.add(c);
      }
    }
    return kept;
  }

  private static Optional<String> chooseVendor(List<Candidate> all, Dialect requested) {
    TreeSet<String> vendors = new TreeSet<>();
    all.forEach(c -> c.vendor().ifPresent(vendors::add));
    if (vendors.size() <= 1) {
      return vendors.isEmpty() ? Optional.empty() : Optional.of(vendors.first());
    }
    if (requested != null) {
      String key = VendorNames.key(requested);
      if (vendors.contains(key)) {
        return Optional.of(key);
      }
      if (requested == Dialect.MARIADB && vendors.contains("mysql")) {
        return Optional.of("mysql");
      }
      if (requested == Dialect.MYSQL && vendors.contains("mariadb")) {
        return Optional.of("mariadb");
      }
    }
    return PREFERRED.stream()
        .filter(vendors::contains)
        .findFirst()
        .or(() -> Optional.of(vendors.first()));
  }

  private static List<Candidate> ofVendor(
      List<Candidate> all, String vendor, List<ImportFinding> findings) {
    Map<String, List<String>> dropped = new LinkedHashMap<>();
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      Optional<String> v = c.vendor();
      if (v.isEmpty() || v.get().equals(vendor)) {
        kept.add(c);
      } else {
        dropped
            .computeIfAbsent(v.get(), k -> new ArrayList<>())
            .add(c.path().getFileName().toString());
      }
    }
    if (!dropped.isEmpty()) {
      findings.add(
          new ImportFinding(
              Severity.INFO,
              null,
              0,
              null,
              "the scripts exist for several databases; importing the "
                  + vendor
                  + " ones and leaving out those for "
                  + String.join(", ", dropped.keySet())
                  + " (choose with --dialect)"));
    }
    return kept;
  }

  private static List<Candidate> ordered(List<Candidate> all, List<ImportFinding> findings) {
    List<Candidate> versioned = new ArrayList<>();
    List<Candidate> repeatable = new ArrayList<>();
    List<Candidate> loose = new ArrayList<>();
    for (Candidate c : all) {
      if (c.flyway().isEmpty()) {
        loose.add(c);
      } else if (c.flyway().get().kind() == HistoryFile.Kind.VERSIONED) {
        versioned.add(c);
      } else {
        repeatable.add(c);
      }
    }
    // MigrationFolder holds Flyway's version order; sort through it so both stay the same.
    Map<MigrationFolder.Migration, Candidate> byMigration = new IdentityHashMap<>();
    List<MigrationFolder.Migration> migrations = new ArrayList<>();
    versioned.sort(Comparator.comparing(c -> c.path().getFileName().toString()));
    for (Candidate c : versioned) {
      MigrationFolder.Migration m =
          new MigrationFolder.Migration(
              c.path().getFileName().toString(), c.flyway().get().version(), "", null);
      byMigration.put(m, c);
      migrations.add(m);
    }
    List<Candidate> result = new ArrayList<>();
    MigrationFolder.Migration previous = null;
    for (MigrationFolder.Migration m : MigrationFolder.of(migrations).migrations()) {
      if (previous != null && previous.versionText().equals(m.versionText())) {
        findings.add(
            new ImportFinding(
                Severity.WARNING,
                byMigration.get(m).path().toString(),
                0,
                null,
                "version "
                    + m.versionText()
                    + " is also used by "
                    + previous.fileName()
                    + "; Flyway would refuse to migrate. Both are applied, in name order"));
      }
      result.add(byMigration.get(m));
      previous = m;
    }
    repeatable.sort(Comparator.comparing(c -> c.flyway().get().description()));
    result.addAll(repeatable);
    result.addAll(loose); // explicit ones in the order given, a folder's by name (walk order)
    return result;
  }

  private static HistoryFile read(Candidate c, List<ImportFinding> findings)
      throws ImportException {
    String content;
    try {
      try {
        content =
            StandardCharsets.UTF_8
                .newDecoder()
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(c.path())))
                .toString();
      } catch (CharacterCodingException e) {
        content = Files.readString(c.path(), StandardCharsets.ISO_8859_1);
        findings.add(
            new ImportFinding(
                Severity.WARNING,
                c.path().toString(),
                0,
                null,
                "not valid UTF-8; read as ISO-8859-1"));
      }
    } catch (IOException e) {
      throw new ImportException(c.path() + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    FlywayFileName f = c.flyway().orElse(null);
    return new HistoryFile(
        c.path(),
        c.path().toString(),
        f == null ? HistoryFile.Kind.LOOSE : f.kind(),
        f == null ? List.of() : f.version(),
        f == null ? c.path().getFileName().toString() : f.description(),
        content);
  }
}
