package io.schemaforge.codegen.java;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.schemaforge.model.Entity;
import javax.lang.model.element.Modifier;

/** {@code <Entity>Repository}: a Spring Data {@code JpaRepository}, written when asked for. */
final class RepositoryGenerator {
  private final JavaModel model;

  RepositoryGenerator(JavaModel model) {
    this.model = model;
  }

  JavaFile generate(EntityShape shape) {
    Entity e = shape.entity();
    TypeSpec type =
        TypeSpec.interfaceBuilder(model.repository(e))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Spring Data access to {@link $T}.\n", model.entityClass(e))
            .addSuperinterface(
                ParameterizedTypeName.get(
                    Jakarta.JPA_REPOSITORY, model.entityClass(e), model.idType(e)))
            .build();
    return JavaFile.builder(model.repositoryPackage(), type).skipJavaLangImports(true).build();
  }
}
