package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToStringMethodTest {

  @Test
  void namesTheClassAndEachFieldInTheOrderGiven() {
    String method =
        ToStringMethod.of(ClassName.get("com.acme", "Book"), List.of("id", "title")).toString();

    assertThat(method).startsWith("@java.lang.Override\npublic java.lang.String toString() {\n");
    assertThat(oneLine(method))
        .contains("return \"Book{\" + \"id=\" + id + \", title=\" + title + \"}\";");
  }

  @Test
  void withNoFieldsItIsJustTheBraces() {
    String method = ToStringMethod.of(ClassName.get("com.acme", "Empty"), List.of()).toString();

    assertThat(oneLine(method)).contains("return \"Empty{\" + \"}\";");
  }

  /** JavaPoet's line continuation indent is its business; the expression is ours. */
  private static String oneLine(String code) {
    return code.replaceAll("\\s+", " ");
  }
}
