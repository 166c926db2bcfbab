package io.schemaforge.codegen.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/** The frame of a generated {@code equals}: identity first, then the type, then the fields. */
final class EqualsMethod {
  private EqualsMethod() {}

  /**
   * @param self the class being generated
   * @param bindThat whether the type test binds {@code that} (a key class compares its fields
   *     directly; an entity compares through its getters, so Hibernate proxies load)
   * @param same the comparison of the fields, true when {@code other} is equal
   */
  static MethodSpec of(TypeName self, boolean bindThat, CodeBlock same) {
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .beginControlFlow("if (this == other)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow(
            bindThat ? "if (!(other instanceof $T that))" : "if (!(other instanceof $T))", self)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("return $L", same)
        .build();
  }
}
