package io.schemaforge.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a DTO record from its components. DTOs refer to Bean Validation and the generated enums
 * only, never to persistence annotations, so transport and mapping stay apart.
 */
final class DtoRecords {
  private DtoRecords() {}

  static JavaFile record(String pkg, ClassName name, String javadoc, List<DtoField> fields) {
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    for (DtoField f : fields) {
      ctor.addParameter(
          ParameterSpec.builder(f.type(), f.name()).addAnnotations(f.annotations()).build());
    }
    TypeSpec type =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L\n", javadoc)
            .recordConstructor(ctor.build())
            .build();
    return JavaFile.builder(pkg, type).skipJavaLangImports(true).build();
  }
}
