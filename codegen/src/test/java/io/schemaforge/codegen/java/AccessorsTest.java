package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import org.junit.jupiter.api.Test;

class AccessorsTest {

  @Test
  void aPrimitiveBooleanIsReadWithIsAndEverythingElseWithGet() {
    assertThat(Accessors.getter(TypeName.BOOLEAN, "active").name()).isEqualTo("isActive");
    assertThat(Accessors.getter(TypeName.BOOLEAN.box(), "active").name()).isEqualTo("getActive");
    assertThat(Accessors.getter(ClassName.get(String.class), "title").name()).isEqualTo("getTitle");
  }

  @Test
  void theGetterNameIsTheNameOfTheGetter() {
    for (TypeName t : new TypeName[] {TypeName.BOOLEAN, TypeName.INT, TypeName.BOOLEAN.box()}) {
      assertThat(Accessors.getterName(t, "flag")).isEqualTo(Accessors.getter(t, "flag").name());
    }
  }

  @Test
  void aSetterOnlyAssignsTheField() {
    MethodSpec setter = Accessors.setter(ClassName.get(String.class), "title");

    assertThat(setter.toString())
        .isEqualTo("public void setTitle(java.lang.String title) {\n  this.title = title;\n}\n");
  }
}
