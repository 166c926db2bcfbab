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

  /** Reads every {@code .java} file under the given folders (files are read as given). */
  public JpaModel read(List<Path> roots) throws IOException {
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setCharacterEncoding(StandardCharsets.UTF_8));
    SourceIndex index = new SourceIndex();
    List<ImportFinding> findings = new ArrayList<>();
    for (Path root : roots) {
      for (Path file : javaFiles(root)) {
        String shown = displayName(root, file);
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
    AnnotationValues values = new AnnotationValues(index, findings);
    return new EntityMapper(index, values, findings).map();
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
