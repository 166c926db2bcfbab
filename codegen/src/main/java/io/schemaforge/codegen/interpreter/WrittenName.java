package io.schemaforge.codegen.interpreter;

import org.jooq.Name;
import org.jooq.impl.DSL;

/**
 * An identifier as the MySQL statements the interpreter rewrites itself write it: in backticks, in
 * double quotes, or bare.
 */
final class WrittenName {
  /** One identifier, as a capturing group. */
  static final String PATTERN = "(`[^`]+`|\"[^\"]+\"|[A-Za-z0-9_$]+)";

  private WrittenName() {}

  /** The name a group matched by {@link #PATTERN} stands for, without its quotes. */
  static Name of(String written) {
    char c = written.charAt(0);
    return DSL.name(c == '`' || c == '"' ? written.substring(1, written.length() - 1) : written);
  }
}
