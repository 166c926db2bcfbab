package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.model.Schema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratedSourcesCompileTest {
  @TempDir Path classes;

  static java.util.stream.Stream<String> examples() {
    return ExampleModels.allNames();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleCompilesWithRepositories(String name) {
    Schema schema = ExampleModels.named(name);
    List<GeneratedFile> files =
        new JavaSourcesExporter()
            .export(schema, JavaExportOptions.defaults().withRepositories(true));
    if (Boolean.getBoolean("dump")) {
      files.forEach(f -> System.out.println("==== " + f.path() + "\n" + f.content()));
    }

    InMemoryCompiler.Result result = InMemoryCompiler.compile(files, classes);

    assertThat(result.warnings()).isEmpty();
    for (var e : schema.entities()) {
      assertThat(result.load(schema.basePackage() + ".domain." + e.name())).isNotNull();
      assertThat(result.load(schema.basePackage() + ".repository." + e.name() + "Repository"))
          .isInterface();
    }
  }
}
