package io.schemaforge.codegen.proof;

import java.util.Objects;

/**
 * A database server given on the command line ({@code --verify-jdbc}) to prove migrations on. The
 * proof creates a scratch database there and drops it afterwards; the URL's own database is left
 * alone.
 */
public record JdbcTarget(String url, String user, String password) {
  public JdbcTarget {
    Objects.requireNonNull(url, "url");
  }
}
