package io.schemaforge.codegen.java;

import com.palantir.javapoet.JavaFile;
import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.generated.GeneratedHeader;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exports a model as Java sources: JPA entities, trait base classes and enums ({@code
 * <base>.domain}), Create / Update / Response records ({@code .dto}), mappers ({@code .mapper})
 * and, when asked, Spring Data repositories ({@code .repository}). It returns the files and never
 * writes; each starts with a {@link GeneratedHeader} so a later export can tell an edited file from
 * an untouched one.
 */
public final class JavaSourcesExporter {

  /**
   * The files for the model, sorted by path.
   *
   * @throws IllegalArgumentException when the model cannot be exported as Java: no base package, a
   *     designed entity without a primary key (validation reports these first). An imported table
   *     without one is left out ({@link #skipped}); a composite key gets an {@code @IdClass}
   */
  public List<GeneratedFile> export(Schema schema, JavaExportOptions options) {
    JavaModel model = new JavaModel(schema, options);
    List<JavaFile> files = new ArrayList<>(new TraitSuperclassGenerator(model).generate());
    EnumGenerator enums = new EnumGenerator(model);
    EntityGenerator entities = new EntityGenerator(model);
    CreateDtoGenerator creates = new CreateDtoGenerator(model);
    UpdateDtoGenerator updates = new UpdateDtoGenerator(model);
    ResponseDtoGenerator responses = new ResponseDtoGenerator(model);
    MapperGenerator mappers = new MapperGenerator(model);
    RepositoryGenerator repositories = new RepositoryGenerator(model);
    IdClassGenerator idClasses = new IdClassGenerator(model);
    for (EntityShape shape : model.shapes()) {
      for (Attribute a : shape.entity().attributes()) {
        if (a.type() == LogicalType.ENUM) {
          files.add(enums.generate(shape.entity(), a));
        }
      }
      files.add(entities.generate(shape));
      if (shape.composite()) {
        files.add(idClasses.generate(shape));
      }
      files.add(creates.generate(shape));
      files.add(updates.generate(shape));
      files.add(responses.generate(shape));
      files.add(mappers.generate(shape));
      if (options.withRepositories()) {
        files.add(repositories.generate(shape));
      }
    }
    List<GeneratedFile> result = new ArrayList<>(files.size());
    for (JavaFile f : files) {
      result.add(
          new GeneratedFile(
              path(options, f.packageName(), f.typeSpec().name()),
              GeneratedHeader.prepend(schema.name(), f.toString())));
    }
    result.sort(Comparator.comparing(g -> g.path().toString()));
    return result;
  }

  /**
   * Imported entities the export leaves out (those without a primary key), one sentence each, for
   * the user to be told.
   */
  public List<String> skipped(Schema schema, JavaExportOptions options) {
    return new JavaModel(schema, options).skipped();
  }

  /**
   * The folders this exporter writes into, relative to the target root: where a writer looks for
   * orphaned generated files. The repository folder is included even when repositories are off, so
   * repositories left from an earlier export are reported too.
   */
  public List<Path> generatedDirectories(Schema schema, JavaExportOptions options) {
    JavaModel model = new JavaModel(schema, options);
    List<Path> dirs = new ArrayList<>();
    dirs.add(packageDir(options, model.domainPackage()));
    dirs.add(packageDir(options, model.dtoPackage()));
    dirs.add(packageDir(options, model.mapperPackage()));
    dirs.add(packageDir(options, model.repositoryPackage()));
    return dirs;
  }

  private static Path path(JavaExportOptions options, String pkg, String simpleName) {
    return packageDir(options, pkg).resolve(simpleName + ".java");
  }

  private static Path packageDir(JavaExportOptions options, String pkg) {
    return Path.of(options.sourceRoot(), pkg.split("\\."));
  }
}
