package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
}
