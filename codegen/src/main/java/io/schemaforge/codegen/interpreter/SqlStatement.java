package io.schemaforge.codegen.interpreter;

import java.util.Objects;

/**
 * One statement of a SQL script, with where it starts so that a report can point at it.
 *
 * @param file the script's file name (as the user knows it, e.g. {@code V2__add_bio.sql})
 * @param line the 1-based line the statement starts on
 * @param sql the statement without its terminating semicolon
 */
public record SqlStatement(String file, int line, String sql) {
  public SqlStatement {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sql, "sql");
  }

  /** {@code V2__add_bio.sql line 12}. */
  public String location() {
    return file + " line " + line;
  }
}
