package io.schemaforge.codegen.interpreter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a MySQL-style migration script into statements at semicolons outside string literals,
 * quoted identifiers and comments, remembering the line each statement starts on.
 *
 * <p>Deliberately small: it is enough for the scripts Schemaforge writes and for plain hand-written
 * DDL. It does not know {@code DELIMITER} blocks or PostgreSQL dollar quoting (the importer's own
 * splitter does); a stored procedure in a script is split wrongly and then reported as skipped by
 * the interpreter, never silently accepted.
 */
public final class ScriptSplitter {
  private ScriptSplitter() {}

  /** The statements of {@code script}, without comments-only pieces or terminating semicolons. */
  public static List<SqlStatement> split(String file, String script) {
    List<SqlStatement> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int line = 1;
    int startLine = -1; // line of the first character of the statement that is not blank/comment
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      if ((c == '-' && i + 1 < n && script.charAt(i + 1) == '-') || c == '#') {
        int end = script.indexOf('\n', i);
        i = end < 0 ? n : end; // the newline itself is handled below, which counts the line
        continue;
      }
      if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
        int end = script.indexOf("*/", i + 2);
        int stop = end < 0 ? n : end + 2;
        line += count(script, i, stop);
        current.append(' ');
        i = stop;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') {
        int stop = quotedEnd(script, i, c);
        if (startLine < 0) {
          startLine = line;
        }
        current.append(script, i, stop);
        line += count(script, i, stop);
        i = stop;
        continue;
      }
      if (c == ';') {
        add(out, file, startLine, current);
        startLine = -1;
        i++;
        continue;
      }
      if (c == '\n') {
        line++;
      } else if (startLine < 0 && !Character.isWhitespace(c)) {
        startLine = line;
      }
      current.append(c);
      i++;
    }
    add(out, file, startLine, current);
    return out;
  }

  private static void add(List<SqlStatement> out, String file, int line, StringBuilder sql) {
    String s = sql.toString().strip();
    if (!s.isEmpty()) {
      out.add(new SqlStatement(file, line, s));
    }
    sql.setLength(0);
  }

  /** Just past the closing quote; a doubled quote or a backslash escape does not close it. */
  private static int quotedEnd(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && quote == '\'') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return s.length();
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int i = from; i < Math.min(to, s.length()); i++) {
      if (s.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
