package io.schemaforge.codegen.importer.sql;

/**
 * One statement of a script, as the splitter cut it.
 *
 * @param sql the statement without its delimiter; comments inside it are kept
 * @param file the file it came from, as shown to the user
 * @param line 1-based line of the statement's first character (leading comments excluded)
 */
public record SqlStatement(String sql, String file, int line) {
  /** The 1-based line of a character offset inside {@link #sql()}. */
  public int lineAt(int offset) {
    int l = line;
    for (int i = 0; i < offset && i < sql.length(); i++) {
      if (sql.charAt(i) == '\n') {
        l++;
      }
    }
    return l;
  }

  /** The first line of the statement, shortened: enough to recognise it in a message. */
  public String summary() {
    String first = sql.strip().lines().findFirst().orElse("");
    return first.length() > 80 ? first.substring(0, 77) + "..." : first;
  }
}
