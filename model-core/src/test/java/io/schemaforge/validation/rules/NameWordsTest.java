package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameWordsTest {

  @Test
  void wordsSplitEveryConventionOnWordBoundaries() {
    assertThat(NameWords.words("apiKey")).containsExactly("api", "key");
    assertThat(NameWords.words("API_KEY")).containsExactly("api", "key");
    assertThat(NameWords.words("APIKey")).containsExactly("api", "key");
    assertThat(NameWords.words("tokenizer")).containsExactly("tokenizer");
  }

  @Test
  void anAttributeIsNamedForATermUnlessAQualifyingWordFollowsIt() {
    NameWords.Terms terms = NameWords.Terms.of(Set.of(List.of("total"), List.of("api", "key")));
    Set<String> qualifiers = Set.of("weight", "count");

    assertThat(NameWords.isNamedFor(attribute("orderTotal", "order_total"), terms, qualifiers))
        .isTrue();
    assertThat(NameWords.isNamedFor(attribute("totalWeight", "total_weight"), terms, qualifiers))
        .isFalse();
    assertThat(NameWords.isNamedFor(attribute("apiKey", "secret_value"), terms, qualifiers))
        .as("the field name counts as well as the column name")
        .isTrue();
    assertThat(NameWords.isNamedFor(attribute("totals", "totals"), terms, qualifiers)).isFalse();
  }

  private static Attribute attribute(String field, String column) {
    return Attribute.builder("att_1", field, column, LogicalType.DECIMAL).build();
  }

  @Test
  void snakeCaseFormOfAnyName() {
    assertThat(NameWords.toSnakeCase("BlogPosts")).isEqualTo("blog_posts");
    assertThat(NameWords.toSnakeCase("HTTPStatus")).isEqualTo("http_status");
    assertThat(NameWords.toSnakeCase("user__name")).isEqualTo("user_name");
    assertThat(NameWords.toSnakeCase("__")).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "posts,post",
    "categories,category",
    "boxes,box",
    "addresses,address",
    "statuses,status",
    "houses,house",
    "matches,match",
    "sizes,size",
    "responses,response",
    "movies,movie",
    "series,series"
  })
  void singularUndoesAPlural(String plural, String singular) {
    assertThat(NameWords.singular(plural)).isEqualTo(singular);
  }

  /**
   * The hand-written readings must say exactly what their definitions say (the regular expressions
   * and the split they replaced), on every kind of character a name may hold.
   */
  @Test
  void handWrittenReadingsAgreeWithTheirRegularExpressionsOnRandomNames() {
    java.util.Random random = new java.util.Random(20261122L);
    String alphabet = "abczAQZ019_$- .\u00e9\u00c9\u0130\u00df";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = name.toString();
      assertThat(NameWords.isSnakeCase(s))
          .as("snake case: '%s'", s)
          .isEqualTo(NameWords.SNAKE_CASE.matcher(s).matches());
      assertThat(NameWords.isPlainIdentifier(s))
          .as("plain identifier: '%s'", s)
          .isEqualTo(NameWords.PLAIN_IDENTIFIER.matcher(s).matches());
      java.util.List<String> expected = new java.util.ArrayList<>();
      for (String w :
          io.schemaforge.naming.Names.snakeCase(s)
              .toLowerCase(java.util.Locale.ROOT)
              .split("[^a-z0-9]+")) {
        if (!w.isEmpty()) {
          expected.add(w);
        }
      }
      assertThat(NameWords.words(s)).as("words of '%s'", s).isEqualTo(expected);
    }
  }
}
