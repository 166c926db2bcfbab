package io.schemaforge.naming;

import java.util.Locale;

/** Turns names from one convention into another (Java class and field names, SQL snake_case). */
public final class Names {
  private Names() {}

  /** {@code OrderItem} or {@code orderItem} to {@code order_item}. */
  public static String snakeCase(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean prevLowerOrDigit =
            i > 0
                && (Character.isLowerCase(name.charAt(i - 1))
                    || Character.isDigit(name.charAt(i - 1)));
        boolean acronymEnd =
            i > 0
                && Character.isUpperCase(name.charAt(i - 1))
                && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
        if ((prevLowerOrDigit || acronymEnd)
            && sb.length() > 0
            && sb.charAt(sb.length() - 1) != '_') {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else if (c == ' ' || c == '-') {
        sb.append('_');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code order_item} or {@code order item} to {@code OrderItem}. */
  public static String upperCamel(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean up = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == ' ' || c == '-') {
        up = true;
      } else if (up) {
        sb.append(Character.toUpperCase(c));
        up = false;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code order_item} or {@code OrderItem} to {@code orderItem}. */
  public static String lowerCamel(String name) {
    String upper = upperCamel(name);
    if (upper.isEmpty()) {
      return upper;
    }
    return Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
  }

  /** A simple English plural: category to categories, box to boxes, post to posts. */
  public static String plural(String word) {
    if (word.isEmpty()) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s")
        || lower.endsWith("x")
        || lower.endsWith("z")
        || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      return word + "es";
    }
    if (lower.endsWith("y") && word.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }

  /** Whether a word already reads as an English plural (posts, categories, boxes). */
  public static boolean looksPlural(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
      return false;
    }
    return lower.endsWith("s");
  }

  /** The last word of a snake_case name, where the singular/plural of a table shows. */
  public static String lastWord(String snake) {
    int i = snake.lastIndexOf('_');
    return i < 0 ? snake : snake.substring(i + 1);
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
