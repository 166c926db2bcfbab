package io.schemaforge.codegen.java;

import static io.schemaforge.codegen.java.DefaultJavaNamingStrategy.capitalize;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/** The plain getter and setter of a generated field, the same in every generated class. */
final class Accessors {
  private Accessors() {}

  /** {@code getName()}, or {@code isName()} for a primitive {@code boolean}. */
  static MethodSpec getter(TypeName type, String property) {
    return MethodSpec.methodBuilder(getterName(type, property))
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", property)
        .build();
  }

  /** The name {@link #getter} gives, for code that calls it (the mappers). */
  static String getterName(TypeName type, String property) {
    return (type.equals(TypeName.BOOLEAN) ? "is" : "get") + capitalize(property);
  }

  /** {@code setName(value)}: assigns the field and nothing else. */
  static MethodSpec setter(TypeName type, String property) {
    return MethodSpec.methodBuilder("set" + capitalize(property))
        .addModifiers(Modifier.PUBLIC)
        .addParameter(type, property)
        .addStatement("this.$N = $N", property, property)
        .build();
  }
}
