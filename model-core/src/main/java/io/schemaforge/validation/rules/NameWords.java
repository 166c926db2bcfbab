package io.schemaforge.validation.rules;

import io.schemaforge.model.Attribute;
import io.schemaforge.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
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
  // What isSnakeCase and isPlainIdentifier test, written out by hand there for speed (kept here as
  // their definition, and for NameWordsTest). Names outside PLAIN_IDENTIFIER are invalid
  // identifiers, which another rule reports; the naming rules skip them.
  static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

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
    String snake = Names.snakeCase(name);
    List<String> words = new ArrayList<>(4);
    if (!isAscii(snake)) {
      // Lower-casing beyond ASCII can change length and letters (a dotted capital I), so only
      // the general (slower, regex) form gives the exact words.
      for (String w : snake.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      return words;
    }
    // Validation reads every attribute name several times: splitting by hand instead of with a
    // regular expression was a third of a full validation's time.
    int start = -1;
    for (int i = 0; i <= snake.length(); i++) {
      char c = i < snake.length() ? lower(snake.charAt(i)) : ' ';
      boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(snake.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The words of an attribute's column name and, when they differ, of its field name. */
  private static List<List<String>> wordsOf(Attribute a) {
    List<String> column = words(a.columnName());
    List<String> field = words(a.name());
    return column.equals(field) ? List.of(column) : List.of(column, field);
  }

  /** Word sequences looked up by their first word, so a name's words are each looked up once. */
  static final class Terms {
    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

    private Terms(Set<List<String>> terms) {
      for (List<String> term : terms) {
        byFirstWord.computeIfAbsent(term.get(0), k -> new ArrayList<>(1)).add(List.copyOf(term));
      }
    }

    /** Terms such as {@code [api, key]}, each one or more lower-case words. */
    static Terms of(Set<List<String>> terms) {
      return new Terms(terms);
    }
  }

  /**
   * The index just past the last place where one of {@code terms} (each a word sequence such as
   * {@code [api, key]}) occurs as whole words in {@code words}, or -1 when none occurs.
   */
  private static int endOfLastMatch(List<String> words, Terms terms) {
    int end = -1;
    for (int i = 0; i < words.size(); i++) {
      List<List<String>> candidates = terms.byFirstWord.get(words.get(i));
      if (candidates == null) {
        continue;
      }
      for (List<String> term : candidates) {
        int j = i + term.size();
        if (j <= words.size() && words.subList(i, j).equals(term)) {
          end = Math.max(end, j);
        }
      }
    }
    return end;
  }

  /**
   * Whether the column or field name of {@code a} holds one of {@code terms} with none of {@code
   * unlessFollowedBy} after its last occurrence: {@code order_total} is named for the term {@code
   * total}, {@code total_weight} (followed by {@code weight}) is not.
   */
  static boolean isNamedFor(Attribute a, Terms terms, Set<String> unlessFollowedBy) {
    for (List<String> words : wordsOf(a)) {
      int end = endOfLastMatch(words, terms);
      if (end >= 0 && !anyFrom(words, end, unlessFollowedBy)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any of the words from {@code from} on is in {@code set}. */
  private static boolean anyFrom(List<String> words, int from, Set<String> set) {
    for (int i = Math.max(0, from); i < words.size(); i++) {
      if (set.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case letters and digits in words joined by single underscores: {@code order_item}. */
  static boolean isSnakeCase(String name) {
    // by hand, as SNAKE_CASE reads: a-z first, then a-z, 0-9 and single inner underscores
    if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        if (name.charAt(i - 1) == '_' || i == name.length() - 1) {
          return false;
        }
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** A plain identifier (letter or underscore, then letters, digits, underscores, dollars). */
  static boolean isPlainIdentifier(String name) {
    // by hand, as PLAIN_IDENTIFIER reads
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      boolean other = i > 0 && ((c >= '0' && c <= '9') || c == '$');
      if (!letter && !other) {
        return false;
      }
    }
    return true;
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
