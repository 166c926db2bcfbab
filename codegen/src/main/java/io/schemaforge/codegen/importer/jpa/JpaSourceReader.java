package io.schemaforge.codegen.importer.jpa;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import io.schemaforge.codegen.importer.ImportFinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the {@code @Entity} classes of one or more source folders ({@code src/main/java}, or any
 * folder of {@code .java} files) into a {@link JpaModel}, without compiling them: annotations are
 * read as written and implicit names resolved with Spring Boot's default naming. A file that does
 * not parse is reported (file and line) and skipped.
 */
public final class JpaSourceReader {

  /**
   * Reads every {@code .java} file under the given folders (files are read as given), naming as
   * Spring Boot does unless the sources use EclipseLink.
   */
  public JpaModel read(List<Path> roots) throws IOException {
    return read(roots, null);
  }

  /**
   * Reads with the given naming; null picks it from the sources ({@link JpaNaming#JPA_DEFAULT} when
   * they import EclipseLink's annotations, {@link JpaNaming#SPRING_BOOT} otherwise).
   */
  public JpaModel read(List<Path> roots, JpaNaming naming) throws IOException {
    return read(roots, naming, null);
  }

  /**
   * As {@link #read(List, JpaNaming)}, with file names in findings shown relative to {@code
   * shownFrom} (the project folder the user gave) instead of to each source root, so that {@code
   * file:line} opens from where the user is; null keeps them relative to the roots.
   */
  public JpaModel read(List<Path> roots, JpaNaming naming, Path shownFrom) throws IOException {
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setCharacterEncoding(StandardCharsets.UTF_8));
    SourceIndex index = new SourceIndex();
    List<ImportFinding> findings = new ArrayList<>();
    for (Path root : roots) {
      for (Path file : javaFiles(root)) {
        String shown = displayName(shownFrom != null ? shownFrom : root, file);
        ParseResult<CompilationUnit> r =
            parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (r.getResult().isPresent() && r.isSuccessful()) {
          index.add(r.getResult().get(), shown);
        } else {
          r.getProblems()
              .forEach(
                  p ->
                      findings.add(
                          new ImportFinding(
                              ImportFinding.Severity.WARNING,
                              shown,
                              p.getLocation()
                                  .flatMap(l -> l.getBegin().getRange())
                                  .map(range -> range.begin.line)
                                  .orElse(0),
                              null,
                              "does not parse, skipped: " + p.getMessage())));
        }
      }
    }
    JpaNaming chosen = naming != null ? naming : detect(index, findings);
    AnnotationValues values = new AnnotationValues(index, findings);
    return new EntityMapper(index, values, findings, chosen).map();
  }

  private static JpaNaming detect(SourceIndex index, List<ImportFinding> findings) {
    for (SourceIndex.SourceType t : index.all()) {
      boolean eclipseLink =
          t.unit().getImports().stream()
              .anyMatch(i -> i.getNameAsString().startsWith("org.eclipse.persistence."));
      if (eclipseLink) {
        findings.add(
            new ImportFinding(
                ImportFinding.Severity.INFO,
                t.file(),
                0,
                null,
                "uses EclipseLink: names resolved as plain JPA does (as written), not with Spring"
                    + " Boot's snake_case naming"));
        return JpaNaming.JPA_DEFAULT;
      }
    }
    return JpaNaming.SPRING_BOOT;
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String displayName(Path root, Path file) {
    Path base = Files.isRegularFile(root) ? root.getParent() : root;
    return base == null ? file.toString() : base.relativize(file).toString().replace('\\', '/');
  }
}
