package io.schemaforge.codegen.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the JPA sources of the import paths are: a project's {@code src/main/java} folders (every
 * module's), else a folder holding {@code @Entity} classes, or {@code .java} files given one by
 * one. Build output, hidden folders and test sources are left out, as for the SQL side: test
 * entities are not the project's schema.
 */
final class EntitySources {

  /**
   * @param root a folder (or single file) to read
   * @param shownFrom the import path it was found under: file names are shown relative to it
   */
  record Root(Path root, Path shownFrom) {}

  private EntitySources() {}

  static List<Root> find(List<Path> paths) throws ImportException {
    List<Root> roots = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".java")) {
        roots.add(new Root(p, p.getParent()));
      } else if (Files.isDirectory(p)) {
        try {
          roots.addAll(inFolder(p));
        } catch (IOException e) {
          throw new ImportException(p + ": cannot be read (" + e.getMessage() + ")", e);
        }
      }
    }
    return roots;
  }

  private static List<Root> inFolder(Path folder) throws IOException {
    List<Path> mainJava = new ArrayList<>();
    List<Path> withEntities = new ArrayList<>();
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            Path relative = folder.relativize(dir);
            if (isIgnored(relative)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (relative.endsWith(Path.of("src", "main", "java"))) {
              mainJava.add(dir);
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (withEntities.isEmpty()
                && file.getFileName().toString().endsWith(".java")
                && Files.readString(file, StandardCharsets.UTF_8).contains("@Entity")) {
              withEntities.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    if (!mainJava.isEmpty()) {
      return mainJava.stream().sorted().map(r -> new Root(r, folder)).toList();
    }
    // Sources outside the Maven / Gradle layout: the whole folder, since mapped superclasses and
    // embeddables need not say @Entity themselves.
    return withEntities.isEmpty() ? List.of() : List.of(new Root(folder, folder));
  }

  private static boolean isIgnored(Path relative) {
    String previous = "";
    for (Path part : relative) {
      String s = part.toString().toLowerCase(Locale.ROOT);
      if (s.equals("target")
          || s.equals("build")
          || s.equals("node_modules")
          || s.startsWith(".") && s.length() > 1
          || previous.equals("src") && s.equals("test")) {
        return true;
      }
      previous = s;
    }
    return false;
  }
}
