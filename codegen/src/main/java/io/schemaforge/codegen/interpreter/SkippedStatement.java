package io.schemaforge.codegen.interpreter;

/**
 * A statement the DDL interpreter could not parse or apply, and why. The schema it leaves behind
 * lacks whatever the statement would have done.
 */
public record SkippedStatement(SqlStatement statement, String reason) {

  /** {@code V2__x.sql line 12: alter table t change a b int: unsupported ...}. */
  @Override
  public String toString() {
    return statement.location() + ": " + firstLine(statement.sql()) + ": " + reason;
  }

  private static String firstLine(String sql) {
    String s = sql.strip();
    int nl = s.indexOf('\n');
    String first = nl < 0 ? s : s.substring(0, nl).strip() + " ...";
    return first.length() > 120 ? first.substring(0, 117) + "..." : first;
  }
}
