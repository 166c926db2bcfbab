package io.schemaforge.app.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeShortFormTest {
  @Test
  void aStringWithLengthAndBangIsNotNull() {
    Attribute a = AttributeShortForm.parse("title string(200)!", "att_1");

    assertThat(a.id()).isEqualTo("att_1");
    assertThat(a.name()).isEqualTo("title");
    assertThat(a.columnName()).isEqualTo("title");
    assertThat(a.type()).isEqualTo(LogicalType.STRING);
    assertThat(a.length()).isEqualTo(200);
    assertThat(a.nullable()).isFalse();
  }

  @Test
  void aNameAloneIsANullableStringOfDefaultLength() {
    Attribute a = AttributeShortForm.parse("  displayName ", "att_1");

    assertThat(a.columnName()).isEqualTo("display_name");
    assertThat(a.type()).isEqualTo(LogicalType.STRING);
    assertThat(a.length()).isEqualTo(255);
    assertThat(a.nullable()).isTrue();
  }

  @Test
  void aliasesPrecisionFlagsDefaultAndCommentAreRead() {
    Attribute price =
        AttributeShortForm.parse("price numeric(10,2) ! unique =0 # in cents? no, euros", "a");

    assertThat(price.type()).isEqualTo(LogicalType.DECIMAL);
    assertThat(price.precision()).isEqualTo(10);
    assertThat(price.scale()).isEqualTo(2);
    assertThat(price.nullable()).isFalse();
    assertThat(price.unique()).isTrue();
    assertThat(price.defaultValue()).isEqualTo("0");
    assertThat(price.comment()).isEqualTo("in cents? no, euros");
  }

  @Test
  void pkMakesAnIdentityKeyForIntegers() {
    Attribute id = AttributeShortForm.parse("id long pk", "a");

    assertThat(id.type()).isEqualTo(LogicalType.BIGINT);
    assertThat(id.primaryKey()).isTrue();
    assertThat(id.identity()).isTrue();
    assertThat(id.nullable()).isFalse();
  }

  @Test
  void enumValuesAndSensitiveAreRead() {
    Attribute status = AttributeShortForm.parse("status enum(draft|published)? sensitive", "a");

    assertThat(status.type()).isEqualTo(LogicalType.ENUM);
    assertThat(status.enumValues()).isEqualTo(List.of("draft", "published"));
    assertThat(status.nullable()).isTrue();
    assertThat(status.sensitive()).isTrue();
  }

  @Test
  void formatReadsBackToTheSameAttribute() {
    for (String line :
        List.of(
            "title string(200)!",
            "price decimal(10,2) unique =0 # euros",
            "id bigint pk",
            "status enum(a|b) sensitive",
            "createdAt timestamptz!")) {
      Attribute a = AttributeShortForm.parse(line, "x");
      assertThat(AttributeShortForm.parse(AttributeShortForm.format(a), "x")).isEqualTo(a);
    }
  }

  @Test
  void mistakesAreToldInWords() {
    assertThatThrownBy(() -> AttributeShortForm.parse("", "a")).hasMessageContaining("Type a name");
    assertThatThrownBy(() -> AttributeShortForm.parse("1st string", "a"))
        .hasMessageContaining("not a valid attribute name");
    assertThatThrownBy(() -> AttributeShortForm.parse("x strng", "a"))
        .hasMessageContaining("Unknown type 'strng'");
    assertThatThrownBy(() -> AttributeShortForm.parse("x string(abc)", "a"))
        .hasMessageContaining("'abc' is not a length");
    assertThatThrownBy(() -> AttributeShortForm.parse("x int(4)", "a"))
        .hasMessageContaining("takes no size");
    assertThatThrownBy(() -> AttributeShortForm.parse("x int maybe", "a"))
        .hasMessageContaining("Did not understand 'maybe'");
  }
}
