package io.schemaforge.codegen.importer.sql;

import io.schemaforge.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a script into statements the way the database's own client does, keeping the line each
 * statement starts on. Understands {@code --} and (nested) {@code /* *}{@code /} comments, single,
 * double and backtick quotes, PostgreSQL dollar quoting ({@code $$ … $$}, {@code $tag$ … $tag$}),
 * MySQL {@code DELIMITER} lines, MySQL {@code #} comments and backslash escapes, and the {@code
 * BEGIN … END} body of a SQLite trigger.
 */
public final class SqlSplitter {
  private static final Pattern DELIMITER_LINE =
      Pattern.compile("(?i)DELIMITER[ \\t]+(\\S+)[ \\t]*(?:\\r?\\n|$)");
  private static final Pattern TRIGGER =
      Pattern.compile("(?is)create\\s+(?:temp\\w*\\s+)?trigger\\b.*");

  private final boolean mysql;
  private final boolean dollarQuotes;

  /**
   * @param dialect what the script is written for, or null when unknown (then the PostgreSQL-like
   *     rules apply, which are the strictest about quotes)
   */
  public SqlSplitter(Dialect dialect) {
    this.mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    this.dollarQuotes = !mysql && dialect != Dialect.SQLITE;
  }

  public List<SqlStatement> split(String text, String file) {
    return new Run(text, file).split();
  }

  /** The state of one pass over one script. */
  private final class Run {
    private final String text;
    private final String file;
    private final List<SqlStatement> out = new ArrayList<>();
    private String delimiter = ";";
    private int i;
    private int line = 1;
    private int start = -1;
    private int startLine;
    private int blockDepth;
    private boolean lineStart = true;

    Run(String text, String file) {
      this.text = text;
      this.file = file;
    }

    List<SqlStatement> split() {
      while (i < text.length()) {
        char c = text.charAt(i);
        if (start < 0 && lineStart && (c == 'd' || c == 'D') && delimiterLine()) {
          continue;
        }
        if (c == '\n') {
          line++;
          i++;
          lineStart = true;
          continue;
        }
        if (Character.isWhitespace(c)) {
          i++;
          continue;
        }
        lineStart = false;
        if (c == '-' && at(i + 1) == '-' || mysql && c == '#') {
          skipTo('\n');
          continue;
        }
        if (c == '/' && at(i + 1) == '*') {
          blockComment();
          continue;
        }
        if (start < 0 || blockDepth == 0) {
          if (start >= 0 && text.startsWith(delimiter, i)) {
            end(i);
            i += delimiter.length();
            continue;
          }
          if (start < 0 && text.startsWith(delimiter, i)) {
            i += delimiter.length(); // an empty statement
            continue;
          }
        }
        if (start < 0) {
          start = i;
          startLine = line;
          blockDepth = 0;
        }
        if (c == '\'' || c == '"' || c == '`') {
          quoted(c, c == '\'' && (mysql || escapePrefix()));
        } else if (c == '$' && dollarQuotes && dollarQuote()) {
          // consumed
        } else if (Character.isLetter(c) || c == '_') {
          word();
        } else {
          i++;
        }
      }
      if (start >= 0) {
        end(text.length());
      }
      return out;
    }

    private char at(int k) {
      return k < text.length() ? text.charAt(k) : '\0';
    }

    private boolean delimiterLine() {
      Matcher m = DELIMITER_LINE.matcher(text).region(i, text.length());
      if (!m.lookingAt()) {
        return false;
      }
      delimiter = m.group(1);
      i = m.end();
      if (text.charAt(i - 1) == '\n') {
        line++;
      }
      lineStart = true;
      return true;
    }

    private void skipTo(char c) {
      while (i < text.length() && text.charAt(i) != c) {
        i++;
      }
    }

    /** PostgreSQL nests block comments; a stray nesting in MySQL is rare enough to accept. */
    private void blockComment() {
      int depth = 0;
      while (i < text.length()) {
        if (text.startsWith("/*", i)) {
          depth++;
          i += 2;
        } else if (text.startsWith("*/", i)) {
          depth--;
          i += 2;
          if (depth == 0) {
            return;
          }
        } else {
          if (text.charAt(i) == '\n') {
            line++;
          }
          i++;
        }
      }
    }

    /** PostgreSQL's {@code E'…'} strings take backslash escapes. */
    private boolean escapePrefix() {
      char p = i > 0 ? text.charAt(i - 1) : ' ';
      char before = i > 1 ? text.charAt(i - 2) : ' ';
      return (p == 'E' || p == 'e') && !Character.isLetterOrDigit(before) && before != '_';
    }

    private void quoted(char q, boolean backslash) {
      i++;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '\n') {
          line++;
        }
        if (backslash && c == '\\') {
          if (at(i + 1) == '\n') {
            line++;
          }
          i += 2;
          continue;
        }
        i++;
        if (c == q) {
          if (at(i) == q) {
            i++; // a doubled quote stands for itself
          } else {
            return;
          }
        }
      }
    }

    private boolean dollarQuote() {
      if (i > 0) {
        char p = text.charAt(i - 1);
        if (Character.isLetterOrDigit(p) || p == '_' || p == '$') {
          return false; // part of an identifier such as a$b
        }
      }
      int k = i + 1;
      if (k < text.length() && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '_')) {
        while (k < text.length()
            && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
          k++;
        }
      }
      if (at(k) != '$') {
        return false; // $1 and the like are parameters, not quotes
      }
      String tag = text.substring(i, k + 1);
      int close = text.indexOf(tag, k + 1);
      int stop = close < 0 ? text.length() : close + tag.length();
      for (int j = i; j < stop; j++) {
        if (text.charAt(j) == '\n') {
          line++;
        }
      }
      i = stop;
      return true;
    }

    /** Tracks BEGIN/CASE … END inside a trigger, whose body holds semicolons. */
    private void word() {
      int s = i;
      while (i < text.length()
          && (Character.isLetterOrDigit(text.charAt(i))
              || text.charAt(i) == '_'
              || text.charAt(i) == '$')) {
        i++;
      }
      if (mysql || !";".equals(delimiter)) {
        return;
      }
      String w = text.substring(s, i).toUpperCase(Locale.ROOT);
      if (!w.equals("BEGIN") && !w.equals("CASE") && !w.equals("END")) {
        return;
      }
      if (!TRIGGER.matcher(text.substring(start, s)).matches()) {
        return;
      }
      blockDepth += w.equals("END") ? -1 : 1;
      if (blockDepth < 0) {
        blockDepth = 0;
      }
    }

    private void end(int endIndex) {
      String sql = text.substring(start, endIndex).strip();
      if (!sql.isEmpty()) {
        out.add(new SqlStatement(sql, file, startLine));
      }
      start = -1;
      blockDepth = 0;
    }
  }
}
