package io.schemaforge.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/** A generated {@code toString}: {@code Name{a=1, b=2}} over the fields given, in their order. */
final class ToStringMethod {
  private ToStringMethod() {}

  static MethodSpec of(ClassName self, List<String> fields) {
    CodeBlock.Builder body = CodeBlock.builder().add("return $S", self.simpleName() + "{");
    for (int i = 0; i < fields.size(); i++) {
      body.add("\n + $S + $N", (i == 0 ? "" : ", ") + fields.get(i) + "=", fields.get(i));
    }
    body.add("\n + $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("$L", body.build())
        .build();
  }
}
