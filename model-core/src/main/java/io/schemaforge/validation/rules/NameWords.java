package io.schemaforge.validation.rules;

import io.schemaforge.model.Attribute;
import io.schemaforge.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reading names word by word, for the warning rules that judge what a name means (sensitive, money)
 * or how it is written (snake_case, singular or plural). Words are split on snake_case boundaries,
 * so {@code pinned} is one word and never the word {@code pin}.
 */
final class NameWords {
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  // Names outside this are invalid identifiers, which another rule reports; these rules skip them.
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private static final Map<String, String> IRREGULAR_SINGULARS =
      Map.of(
          "movies", "movie",
          "cookies", "cookie",
          "series", "series",
          "species", "species",
          "news", "news",
          "analyses", "analysis",
          "indices", "index");

  private NameWords() {}

  /**
   * Lower-case words of a name in any convention: {@code apiKey} and {@code API_KEY} give api, key.
   */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : Names.snakeCase(name).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The words of an attribute's column name and, when they differ, of its field name. */
  static List<List<String>> wordsOf(Attribute a) {
    List<String> column = words(a.columnName());
    List<String> field = words(a.name());
    return column.equals(field) ? List.of(column) : List.of(column, field);
  }

  /**
   * The index just past the last place where one of {@code terms} (each a word sequence such as
   * {@code [api, key]}) occurs as whole words in {@code words}, or -1 when none occurs.
   */
  static int endOfLastMatch(List<String> words, Set<List<String>> terms) {
    int end = -1;
    for (int i = 0; i < words.size(); i++) {
      for (List<String> term : terms) {
        int j = i + term.size();
        if (j <= words.size() && words.subList(i, j).equals(term)) {
          end = Math.max(end, j);
        }
      }
    }
    return end;
  }

  /** Whether any of the words from {@code from} on is in {@code set}. */
  static boolean anyFrom(List<String> words, int from, Set<String> set) {
    for (int i = Math.max(0, from); i < words.size(); i++) {
      if (set.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case letters and digits in words joined by single underscores: {@code order_item}. */
  static boolean isSnakeCase(String name) {
    return SNAKE_CASE.matcher(name).matches();
  }

  /** A plain identifier (letter or underscore, then letters, digits, underscores, dollars). */
  static boolean isPlainIdentifier(String name) {
    return name != null && PLAIN_IDENTIFIER.matcher(name).matches();
  }

  /** The snake_case form of a name ({@code BlogPost} to {@code blog_post}), or null if none. */
  static String toSnakeCase(String name) {
    String s = String.join("_", words(name));
    return isSnakeCase(s) ? s : null;
  }

  /**
   * The singular of an English plural, the inverse of {@link Names#plural} on the words tables are
   * named after: categories to category, boxes to box, statuses to status, houses to house. Words
   * that do not change (series, news) come back as they are.
   */
  static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR_SINGULARS.get(lower);
    if (irregular != null) {
      return irregular;
    }
    if (lower.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (lower.endsWith("uses") && word.length() > 4) {
      // statuses, buses, campuses lose "es"; causes, houses, clauses only "s"
      boolean vowelBefore = "aeiou".indexOf(lower.charAt(lower.length() - 5)) >= 0;
      return word.substring(0, word.length() - (vowelBefore ? 1 : 2));
    }
    for (String end : List.of("sses", "xes", "ches", "shes")) {
      if (lower.endsWith(end)) {
        return word.substring(0, word.length() - 2);
      }
    }
    if (lower.endsWith("s") && word.length() > 1) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
