package io.schemaforge.codegen.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what SQLite keeps only in the text of a {@code CREATE TABLE} statement ({@code
 * sqlite_master.sql}): the names of constraints and the check expressions. Handles column and table
 * constraints, quoted identifiers ({@code "x"}, {@code `x`}, {@code [x]}), string literals and
 * nested parentheses. It is not a SQL parser: anything it does not recognise is skipped.
 */
final class SqliteTableParser {
  /** What the statement declares. */
  record Parsed(String primaryKeyName, List<CatalogExtras.RawCheck> checks, List<Unique> uniques) {}

  /** A unique constraint: its name (null when unnamed) and columns. */
  record Unique(String name, List<String> columns) {}

  private enum Kind {
    WORD,
    STRING,
    OPEN,
    CLOSE,
    COMMA,
    OTHER
  }

  private record Token(Kind kind, String text, int start, int end) {
    boolean is(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
  }

  private SqliteTableParser() {}

  static Parsed parse(String sql) {
    List<Token> tokens = tokens(sql);
    int open = 0;
    while (open < tokens.size() && tokens.get(open).kind != Kind.OPEN) {
      open++;
    }
    String pkName = null;
    List<CatalogExtras.RawCheck> checks = new ArrayList<>();
    List<Unique> uniques = new ArrayList<>();
    int i = open + 1;
    while (i < tokens.size()) {
      int end = itemEnd(tokens, i);
      // One column definition or table constraint: tokens [i, end).
      String pending = null;
      boolean tableConstraint = isConstraintStart(tokens.get(i));
      String column = tableConstraint ? null : tokens.get(i).text;
      for (int j = i; j < end; j++) {
        Token t = tokens.get(j);
        if (t.kind == Kind.OPEN) {
          j = matching(tokens, j);
        } else if (t.is("CONSTRAINT") && j + 1 < end) {
          pending = tokens.get(++j).text;
        } else if (t.is("CHECK") && j + 1 < end && tokens.get(j + 1).kind == Kind.OPEN) {
          int close = matching(tokens, j + 1);
          String expr = sql.substring(tokens.get(j + 1).end, tokens.get(close).start).strip();
          checks.add(new CatalogExtras.RawCheck(pending, expr));
          pending = null;
          j = close;
        } else if (t.is("PRIMARY")) {
          pkName = pending != null ? pending : pkName;
          pending = null;
        } else if (t.is("UNIQUE")) {
          List<String> cols = List.of(String.valueOf(column));
          if (j + 1 < end && tokens.get(j + 1).kind == Kind.OPEN) {
            int close = matching(tokens, j + 1);
            cols = words(tokens, j + 2, close);
            j = close;
          }
          uniques.add(new Unique(pending, cols));
          pending = null;
        } else if (t.is("FOREIGN") || t.is("REFERENCES") || t.is("NOT") || t.is("DEFAULT")) {
          pending = null;
        }
      }
      if (end >= tokens.size() || tokens.get(end).kind == Kind.CLOSE) {
        break;
      }
      i = end + 1;
    }
    return new Parsed(pkName, checks, uniques);
  }

  private static boolean isConstraintStart(Token t) {
    return t.is("CONSTRAINT")
        || t.is("PRIMARY")
        || t.is("UNIQUE")
        || t.is("CHECK")
        || t.is("FOREIGN");
  }

  /** The index of the comma or closing parenthesis that ends the item starting at {@code i}. */
  private static int itemEnd(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      if (t.kind == Kind.OPEN) {
        j = matching(tokens, j);
      } else if (t.kind == Kind.COMMA || t.kind == Kind.CLOSE) {
        return j;
      }
      j++;
    }
    return j;
  }

  private static int matching(List<Token> tokens, int open) {
    int depth = 0;
    for (int j = open; j < tokens.size(); j++) {
      Kind k = tokens.get(j).kind;
      if (k == Kind.OPEN) {
        depth++;
      } else if (k == Kind.CLOSE && --depth == 0) {
        return j;
      }
    }
    return tokens.size() - 1;
  }

  private static List<String> words(List<Token> tokens, int from, int to) {
    List<String> words = new ArrayList<>();
    boolean expectName = true;
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (t.kind == Kind.COMMA) {
        expectName = true;
      } else if (t.kind == Kind.WORD && expectName) {
        words.add(t.text);
        expectName = false; // skips COLLATE / ASC / DESC after the name
      }
    }
    return words;
  }

  static List<Token> tokens(String sql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char ch = sql.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        i = indexOrEnd(sql, "\n", i);
      } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = Math.min(n, indexOrEnd(sql, "*/", i + 2) + 2);
      } else if (ch == '\'') {
        int end = closing(sql, i, '\'');
        out.add(new Token(Kind.STRING, sql.substring(i, end), i, end));
        i = end;
      } else if (ch == '"' || ch == '`' || ch == '[') {
        char close = ch == '[' ? ']' : ch;
        int end = closing(sql, i, close);
        String name = sql.substring(i + 1, Math.max(i + 1, end - 1));
        out.add(new Token(Kind.WORD, name.replace("" + close + close, "" + close), i, end));
        i = end;
      } else if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '$') {
        int j = i;
        while (j < n
            && (Character.isLetterOrDigit(sql.charAt(j))
                || sql.charAt(j) == '_'
                || sql.charAt(j) == '$')) {
          j++;
        }
        out.add(new Token(Kind.WORD, sql.substring(i, j), i, j));
        i = j;
      } else {
        Kind k =
            ch == '(' ? Kind.OPEN : ch == ')' ? Kind.CLOSE : ch == ',' ? Kind.COMMA : Kind.OTHER;
        out.add(new Token(k, String.valueOf(ch), i, i + 1));
        i++;
      }
    }
    return out;
  }

  private static int indexOrEnd(String s, String what, int from) {
    int at = s.indexOf(what, from);
    return at < 0 ? s.length() : at;
  }

  /** The index past the quote closing the one at {@code start}; a doubled quote is escaped. */
  private static int closing(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == quote) {
        if (quote != ']' && i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }
}
