package io.schemaforge.codegen.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WrittenNameTest {

  @Test
  void backticksAndDoubleQuotesAreTakenOffAndABareNameIsKept() {
    assertThat(WrittenName.of("`order`").first()).isEqualTo("order");
    assertThat(WrittenName.of("\"Order Lines\"").first()).isEqualTo("Order Lines");
    assertThat(WrittenName.of("sp_target$1").first()).isEqualTo("sp_target$1");
  }

  @Test
  void thePatternMatchesOneIdentifierInEachSpelling() {
    Pattern p = Pattern.compile(WrittenName.PATTERN);

    assertThat(p.matcher("`a b`").matches()).isTrue();
    assertThat(p.matcher("\"a b\"").matches()).isTrue();
    assertThat(p.matcher("a_1$").matches()).isTrue();
    assertThat(p.matcher("a b").matches()).isFalse();
  }
}
