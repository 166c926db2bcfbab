package io.schemaforge.codegen.java;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import javax.lang.model.element.Modifier;

/**
 * The Java enum of an ENUM attribute. Stored by name ({@code @Enumerated(STRING)}), so the
 * constants are the model's values as written; the column's check constraint lists the same values.
 */
final class EnumGenerator {
  private final JavaModel model;

  EnumGenerator(JavaModel model) {
    this.model = model;
  }

  JavaFile generate(Entity entity, Attribute attribute) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(model.enumClass(entity, attribute))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Values of {@code $L.$L} (column {@code $L.$L}).\n",
                entity.name(),
                attribute.name(),
                entity.tableName(),
                attribute.columnName());
    for (String value : attribute.enumValues()) {
      type.addEnumConstant(value);
    }
    return JavaFile.builder(model.domainPackage(), type.build()).build();
  }
}
