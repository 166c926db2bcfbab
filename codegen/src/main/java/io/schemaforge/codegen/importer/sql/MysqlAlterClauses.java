package io.schemaforge.codegen.importer.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL {@code ALTER TABLE} statements in the form jOOQ's parser accepts, for the interpreter path
 * ({@link InterpreterReplay}) only: jOOQ rejects {@code CHANGE [COLUMN] old new definition} and
 * several column clauses in one statement ({@code MODIFY a ..., MODIFY b ...}), which long MySQL
 * histories such as hawkBit's use throughout. Each clause becomes its own {@code ALTER TABLE}, and
 * a {@code CHANGE} becomes {@code RENAME COLUMN} (when the name changes) followed by {@code
 * MODIFY}: the same result on a MySQL server. Anything else is returned as it is.
 */
final class MysqlAlterClauses {
  private static final Pattern ALTER =
      Pattern.compile("(?is)\\s*ALTER\\s+TABLE\\s+(`[^`]+`|[\\w.$]+)\\s+(.*?)\\s*;?\\s*");
  private static final Pattern CHANGE =
      Pattern.compile(
          "(?is)CHANGE\\s+(?:COLUMN\\s+)?(`[^`]+`|[\\w$]+)\\s+(`[^`]+`|[\\w$]+)\\s+(.*)");

  private MysqlAlterClauses() {}

  /** The statement as one or more statements jOOQ can parse, in order. */
  static List<String> split(String sql) {
    Matcher alter = ALTER.matcher(sql);
    if (!alter.matches()) {
      return List.of(sql);
    }
    String table = alter.group(1);
    List<String> clauses = clauses(alter.group(2));
    boolean changes = clauses.stream().anyMatch(c -> CHANGE.matcher(c).matches());
    if (clauses.size() < 2 && !changes) {
      return List.of(sql);
    }
    List<String> out = new ArrayList<>();
    for (String clause : clauses) {
      Matcher change = CHANGE.matcher(clause);
      if (!change.matches()) {
        out.add("ALTER TABLE " + table + " " + clause);
        continue;
      }
      String from = change.group(1);
      String to = change.group(2);
      if (!unquoted(from).equalsIgnoreCase(unquoted(to))) {
        out.add("ALTER TABLE " + table + " RENAME COLUMN " + from + " TO " + to);
      }
      out.add("ALTER TABLE " + table + " MODIFY " + to + " " + change.group(3));
    }
    return out;
  }

  /** The clauses of an ALTER TABLE: split at commas outside parentheses and quotes. */
  private static List<String> clauses(String body) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(body.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(body.substring(start).strip());
    out.removeIf(String::isEmpty);
    return out;
  }

  private static String unquoted(String name) {
    return name.replace("`", "").toLowerCase(Locale.ROOT);
  }
}
