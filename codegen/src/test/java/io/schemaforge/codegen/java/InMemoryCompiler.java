package io.schemaforge.codegen.java;

import io.schemaforge.codegen.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the in-process {@code javax.tools} compiler against the test
 * classpath (jakarta.persistence, jakarta.validation, spring-data-jpa, ...). Sources are given in
 * memory; class files go to a folder so that the loaded classes also have their bytes as resources,
 * which Hibernate's bytecode tooling reads.
 */
final class InMemoryCompiler {
  private InMemoryCompiler() {}

  /** The compiled classes, loadable through {@link #classLoader()}. */
  record Result(Path classesDir, URLClassLoader classLoader, List<String> warnings) {
    Class<?> load(String className) {
      try {
        return Class.forName(className, true, classLoader);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("not compiled: " + className, e);
      }
    }
  }

  /** Thrown with javac's messages when the sources do not compile. */
  static final class CompilationFailed extends AssertionError {
    CompilationFailed(String message) {
      super(message);
    }
  }

  /** Compiles the {@code .java} files among {@code files} into {@code outputDir}. */
  static Result compile(List<GeneratedFile> files, Path outputDir) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no system Java compiler: the tests need a JDK, not a JRE");
    }
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile f : files) {
      if (f.path().toString().endsWith(".java")) {
        sources.add(new Source(f));
      }
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Files.createDirectories(outputDir);
      List<String> options =
          List.of(
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              outputDir.toString(),
              "--release",
              "17",
              "-proc:none",
              "-Xlint:all",
              "-Xlint:-processing");
      boolean ok = compiler.getTask(null, fm, diagnostics, options, null, sources).call();
      if (!ok) {
        throw new CompilationFailed(
            diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(InMemoryCompiler::describe)
                .collect(Collectors.joining("\n")));
      }
      List<String> warnings =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
              .map(InMemoryCompiler::describe)
              .toList();
      return new Result(outputDir, loader(outputDir), warnings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber();
    return where + ": " + d.getMessage(Locale.ROOT);
  }

  private static URLClassLoader loader(Path dir) {
    try {
      return new URLClassLoader(
          new URL[] {dir.toUri().toURL()}, InMemoryCompiler.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String content;

    Source(GeneratedFile f) {
      super(URI.create("string:///" + f.path().toString().replace('\\', '/')), Kind.SOURCE);
      this.content = f.content();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }
}
