package io.schemaforge.codegen.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the base package of a target project from its existing sources, for a model that names
 * none: the package of its {@code @SpringBootApplication} class (Spring Boot scans from there, so
 * entities must live under it), else the longest package common to every source file under the main
 * source root.
 */
public final class BasePackageDetector {
  private static final Pattern PACKAGE =
      Pattern.compile(
          "(?m)^\\s*package\\s+([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*;");
  private static final Pattern BOOT_APPLICATION =
      Pattern.compile(
          "@(?:org\\.springframework\\.boot\\.autoconfigure\\.)?SpringBootApplication\\b");
  private static final int MAX_DEPTH = 32;

  /**
   * A detected package and how it was found.
   *
   * @param source for the preview, e.g. {@code @SpringBootApplication in
   *     src/main/java/com/acme/shop/ShopApplication.java}
   */
  public record DetectedPackage(String packageName, String source) {}

  private BasePackageDetector() {}

  /** The project's base package, or empty when its main source root holds no packaged source. */
  public static Optional<DetectedPackage> detect(Path root, Path javaSourceRoot)
      throws IOException {
    Path sources = root.resolve(javaSourceRoot);
    if (!Files.isDirectory(sources)) {
      return Optional.empty();
    }
    List<String> packages = new ArrayList<>();
    List<String[]> applications = new ArrayList<>(); // package, relative file
    List<Path> files;
    try (Stream<Path> s = Files.walk(sources, MAX_DEPTH)) {
      files =
          s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
    }
    for (Path f : files) {
      String text = Files.readString(f);
      Matcher m = PACKAGE.matcher(text);
      if (!m.find()) {
        continue; // the default package says nothing about where the code lives
      }
      String pkg = m.group(1).replaceAll("\\s", "");
      packages.add(pkg);
      if (BOOT_APPLICATION.matcher(text).find()) {
        applications.add(new String[] {pkg, root.relativize(f).toString().replace('\\', '/')});
      }
    }
    if (applications.size() == 1) {
      return Optional.of(
          new DetectedPackage(
              applications.get(0)[0], "@SpringBootApplication in " + applications.get(0)[1]));
    }
    if (applications.size() > 1) {
      String common = commonPackage(applications.stream().map(a -> a[0]).toList());
      if (!common.isEmpty()) {
        return Optional.of(
            new DetectedPackage(
                common,
                "common package of " + applications.size() + " @SpringBootApplication classes"));
      }
    }
    String common = commonPackage(packages);
    if (common.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DetectedPackage(
            common,
            "longest common package of "
                + packages.size()
                + " source file(s) in "
                + javaSourceRoot.toString().replace('\\', '/')));
  }

  /** The longest package every one of {@code packages} is in or under; empty when none. */
  static String commonPackage(List<String> packages) {
    if (packages.isEmpty()) {
      return "";
    }
    String[] common = packages.get(0).split("\\.");
    int length = common.length;
    for (String p : packages.subList(1, packages.size())) {
      String[] parts = p.split("\\.");
      int i = 0;
      while (i < length && i < parts.length && parts[i].equals(common[i])) {
        i++;
      }
      length = i;
    }
    return String.join(".", java.util.Arrays.copyOf(common, length));
  }
}
