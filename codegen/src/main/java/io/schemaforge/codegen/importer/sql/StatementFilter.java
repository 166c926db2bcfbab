package io.schemaforge.codegen.importer.sql;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Statements an import never runs: transaction control (every statement runs on its own, so a
 * failure cannot abort the ones after it), and statements that reach outside the scratch database
 * (switching or creating databases, users and roles, grants, server settings). These do not shape
 * the schema, and on a server the user pointed at they could touch what is not ours.
 */
final class StatementFilter {
  private static final Pattern TRANSACTION =
      Pattern.compile(
          "(?is)(BEGIN|START\\s+TRANSACTION|COMMIT|END|ROLLBACK)(\\s+(WORK|TRANSACTION))?\\s*");
  private static final Pattern OUTSIDE =
      Pattern.compile(
          "(?is)(USE\\s+\\S+"
              + "|(CREATE|DROP|ALTER)\\s+DATABASE\\b.*"
              + "|(CREATE|DROP|ALTER)\\s+(ROLE|USER)\\b.*"
              + "|(GRANT|REVOKE)\\b.*"
              + "|ALTER\\s+SYSTEM\\b.*"
              + "|SET\\s+(GLOBAL|PERSIST)\\b.*"
              + "|ALTER\\s+\\w+(\\s+\\w+)?\\s+\\S+\\s+OWNER\\s+TO\\b.*"
              + "|\\\\.*)");
  private static final Pattern MYSQL_SCHEMA =
      Pattern.compile("(?is)(CREATE|DROP|ALTER)\\s+SCHEMA\\b.*");

  private StatementFilter() {}

  /** Silently skipped: transaction control. */
  static boolean isTransactionControl(String sql) {
    return TRANSACTION.matcher(sql).matches();
  }

  /** Why the statement is not run, or empty when it is. */
  static Optional<String> skipReason(String sql, boolean mysql) {
    if (OUTSIDE.matcher(sql).matches() || mysql && MYSQL_SCHEMA.matcher(sql).matches()) {
      return Optional.of(
          "not applied: it acts outside the schema (databases, users, grants or server settings)");
    }
    return Optional.empty();
  }
}
