package io.schemaforge.codegen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.catalog.EnumCheckParser.EnumCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumCheckParserTest {
  private static final EnumCheck STATUS = new EnumCheck("status", List.of("draft", "published"));

  @Test
  void readsAnInListAsWritten() {
    assertThat(EnumCheckParser.parse("status IN ('draft', 'published')")).contains(STATUS);
  }

  @Test
  void readsMariaDbBackquotes() {
    assertThat(EnumCheckParser.parse("`status` in ('draft','published')")).contains(STATUS);
  }

  @Test
  void readsH2UpperCaseQuotedColumn() {
    assertThat(EnumCheckParser.parse("\"STATUS\" IN('draft', 'published')"))
        .contains(new EnumCheck("STATUS", List.of("draft", "published")));
  }

  @Test
  void readsPostgresAnyArrayRewrite() {
    String pg =
        "((status)::text = ANY ((ARRAY['draft'::character varying,"
            + " 'published'::character varying])::text[]))";
    assertThat(EnumCheckParser.parse(pg)).contains(STATUS);
  }

  @Test
  void keepsEscapedQuotesAndParenthesesInsideValues() {
    assertThat(EnumCheckParser.parse("kind IN ('it''s', 'a (b)')"))
        .contains(new EnumCheck("kind", List.of("it's", "a (b)")));
  }

  @Test
  void refusesWhatIsNotASingleInList() {
    assertThat(EnumCheckParser.parse("views >= 0")).isEmpty();
    assertThat(EnumCheckParser.parse("status IN ('a') OR status IN ('b')")).isEmpty();
    assertThat(EnumCheckParser.parse("lower(status) IN ('a')")).isEmpty();
    assertThat(EnumCheckParser.parse("status IN (1, 2)")).isEmpty();
    assertThat(EnumCheckParser.parse(null)).isEmpty();
  }
}
