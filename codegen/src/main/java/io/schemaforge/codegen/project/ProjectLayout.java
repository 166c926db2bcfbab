package io.schemaforge.codegen.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where things go in a target project: its build tool, the Flyway migration folder and the Java
 * source root. The migration folder is, in order: what {@code spring.flyway.locations} names in
 * {@code application.properties} or {@code application.yml}; the folder the project's existing
 * {@code V*__*.sql} files live in; {@code src/main/resources/db/migration}.
 *
 * @param migrationFolder relative to {@code root}
 * @param javaSourceRoot relative to {@code root}
 * @param migrationSource how the migration folder was found, for the preview
 */
public record ProjectLayout(
    Path root,
    BuildTool buildTool,
    Path migrationFolder,
    Path javaSourceRoot,
    String migrationSource) {

  public static final Path DEFAULT_MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern PROPERTY =
      Pattern.compile("(?m)^\\s*spring\\.flyway\\.locations\\s*[=:]\\s*(\\S[^\\r\\n]*)$");
  private static final Pattern YAML_FLYWAY =
      Pattern.compile("(?ms)^\\s*flyway:\\s*$.*?^\\s*locations:\\s*(\\S[^\\r\\n]*)$");
  private static final Pattern VERSIONED = Pattern.compile("V[0-9][0-9._]*__.+\\.sql");

  /** Inspects a project folder (which must exist). */
  public static ProjectLayout detect(Path root) throws IOException {
    BuildTool build =
        Files.exists(root.resolve("pom.xml"))
            ? BuildTool.MAVEN
            : Files.exists(root.resolve("build.gradle"))
                    || Files.exists(root.resolve("build.gradle.kts"))
                ? BuildTool.GRADLE
                : BuildTool.NONE;
    Path java = Path.of("src/main/java");
    Optional<Path> configured = configuredLocation(root);
    if (configured.isPresent()) {
      return new ProjectLayout(root, build, configured.get(), java, "spring.flyway.locations");
    }
    Optional<Path> existing = existingMigrations(root);
    if (existing.isPresent()) {
      return new ProjectLayout(root, build, existing.get(), java, "existing migrations");
    }
    return new ProjectLayout(root, build, DEFAULT_MIGRATIONS, java, "default");
  }

  private static Optional<Path> configuredLocation(Path root) throws IOException {
    for (String file : List.of("application.properties", "application.yml", "application.yaml")) {
      Path p = root.resolve(RESOURCES).resolve(file);
      if (!Files.isRegularFile(p)) {
        continue;
      }
      String text = Files.readString(p);
      Matcher m = (file.endsWith(".properties") ? PROPERTY : YAML_FLYWAY).matcher(text);
      if (m.find()) {
        // Several locations may be listed; new migrations go to the first.
        String first = m.group(1).split(",")[0].strip().replaceAll("^[\"']|[\"']$", "");
        return Optional.of(location(first));
      }
    }
    return Optional.empty();
  }

  private static Path location(String flywayLocation) {
    if (flywayLocation.startsWith("filesystem:")) {
      return Path.of(flywayLocation.substring("filesystem:".length()));
    }
    String path =
        flywayLocation.startsWith("classpath:") ? flywayLocation.substring(10) : flywayLocation;
    return RESOURCES.resolve(path.replaceFirst("^/+", ""));
  }

  private static Optional<Path> existingMigrations(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root, 8)) {
      return files
          .filter(p -> !isIgnored(root.relativize(p)))
          .filter(p -> VERSIONED.matcher(p.getFileName().toString()).matches())
          .map(p -> root.relativize(p.getParent()))
          .sorted()
          .findFirst();
    }
  }

  private static boolean isIgnored(Path relative) {
    for (Path part : relative) {
      String s = part.toString();
      if (s.equals("target")
          || s.equals("build")
          || s.equals("node_modules")
          || s.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  public Path absoluteMigrationFolder() {
    return root.resolve(migrationFolder);
  }
}
