package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What a replay makes of each statement before it runs it, shared by the replay on a server ({@link
 * StatementReplay}) and the one through jOOQ ({@link InterpreterReplay}) so both run the same
 * statements: transaction control is dropped silently, a statement {@link StatementFilter} keeps
 * out is reported (INFO, with its file and line) and counted as left out, and Flyway placeholders
 * are expanded. One filter counts one replay. A statement that runs and is refused is reported by
 * both in the same words too ({@link #notApplied}).
 */
final class ReplayFilter {
  private final boolean mysql;
  private int leftOut;

  /**
   * @param mysql whether the replay speaks MySQL or MariaDB, where {@code CREATE SCHEMA} creates a
   *     database and is kept out too
   */
  ReplayFilter(boolean mysql) {
    this.mysql = mysql;
  }

  /**
   * The SQL to run for {@code s}, placeholders expanded, or empty when the replay does not run it.
   * Findings (left out, unknown placeholder) go to {@code findings} in statement order.
   */
  Optional<String> sqlToRun(
      SqlStatement s, Placeholders placeholders, List<ImportFinding> findings) {
    if (StatementFilter.isTransactionControl(s.sql())) {
      return Optional.empty();
    }
    Optional<String> skip = StatementFilter.skipReason(s.sql(), mysql);
    if (skip.isPresent()) {
      findings.add(
          new ImportFinding(
              Severity.INFO, s.file(), s.line(), null, skip.get() + ": " + s.summary()));
      leftOut++;
      return Optional.empty();
    }
    return Optional.of(placeholders.expand(s, findings));
  }

  /** The ERROR finding for a statement the engine or the interpreter refused, and why. */
  static ImportFinding notApplied(SqlStatement s, String reason) {
    return new ImportFinding(
        Severity.ERROR,
        s.file(),
        s.line(),
        null,
        "statement not applied: " + reason + " [" + s.summary() + "]");
  }

  /**
   * How many statements {@link #sqlToRun} has left out so far (transaction control not counted).
   */
  int leftOut() {
    return leftOut;
  }
}
