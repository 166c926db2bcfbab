package io.schemaforge.codegen.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the check constraint an enum column gets, in the forms the engines give back:
 *
 * <ul>
 *   <li>{@code status IN ('a', 'b')} (as written; SQLite), {@code `status` in ('a','b')} (MariaDB),
 *       {@code "STATUS" IN('a', 'b')} (H2);
 *   <li>{@code ((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character
 *       varying])::text[]))} (PostgreSQL's rewrite of an IN list).
 * </ul>
 *
 * Anything else (an OR, a function, a comparison) is not an enum check.
 */
public final class EnumCheckParser {
  /** A column and the values its check allows, in the check's order. */
  public record EnumCheck(String column, List<String> values) {}

  private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
  private static final Pattern CAST = Pattern.compile("::[A-Za-z_][A-Za-z0-9_ ]*(\\[\\])?");
  private static final String LIST = "'(?:[^']|'')*'(?:\\s*,\\s*'(?:[^']|'')*')*";
  private static final Pattern ENUM =
      Pattern.compile(
          "^\\s*(?:CHECK\\s*)?([A-Za-z_][A-Za-z0-9_$]*)\\s*(?:IN|=\\s*ANY\\s*ARRAY\\s*\\[)\\s*("
              + LIST
              + ")\\s*]?\\s*$",
          Pattern.CASE_INSENSITIVE);

  private EnumCheckParser() {}

  /** The enum check an expression states, if it is one. */
  public static Optional<EnumCheck> parse(String expression) {
    if (expression == null) {
      return Optional.empty();
    }
    Matcher m = ENUM.matcher(flatten(expression));
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    Matcher lit = LITERAL.matcher(m.group(2));
    while (lit.find()) {
      values.add(lit.group(1).replace("''", "'"));
    }
    return Optional.of(new EnumCheck(m.group(1), values));
  }

  /**
   * The expression without what varies between engines and does not change its meaning here:
   * parentheses, identifier quotes and PostgreSQL casts. String literals are kept as they are.
   */
  static String flatten(String expression) {
    StringBuilder out = new StringBuilder();
    StringBuilder code = new StringBuilder();
    int i = 0;
    while (i < expression.length()) {
      char ch = expression.charAt(i);
      if (ch == '\'') {
        int end = literalEnd(expression, i);
        out.append(cleanCode(code));
        code.setLength(0);
        out.append(expression, i, end);
        i = end;
      } else {
        code.append(ch);
        i++;
      }
    }
    return out.append(cleanCode(code)).toString();
  }

  /** The index just past the string literal starting at {@code start} ('' is an escaped quote). */
  private static int literalEnd(String s, int start) {
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == '\'') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }

  private static String cleanCode(CharSequence code) {
    String c = CAST.matcher(code).replaceAll("");
    // Parentheses become spaces, so lower(status) cannot turn into a column "lowerstatus".
    return c.replaceAll("[\"`]", "").replaceAll("[()]", " ");
  }
}
