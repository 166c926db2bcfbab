package io.schemaforge.codegen.migration;

import io.schemaforge.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a PostgreSQL migration that one transaction could not hold into consecutive migrations
 * that each can. Flyway runs every migration in its own transaction, and PostgreSQL keeps a lock on
 * every relation a transaction creates or alters until it commits, in a lock table shared by all
 * sessions and sized {@code max_locks_per_transaction} (64) times the number of backends (about 120
 * by default): about 7,800 relations. A 2,000-entity model's first migration creates some 15,000
 * relations (each table, its TOAST table and index, its identity sequence, its key and index
 * relations) and fails on a server with default settings with "out of shared memory". Parts also
 * run faster: every statement's end walks the transaction's whole list of locks, so one transaction
 * of n relations costs in proportion to n² (measured on PostgreSQL 16: the 2,000-entity script in
 * one transaction 8.0 s, in parts of 300 tables 5.2 s).
 */
final class TransactionParts {
  /**
   * Relations one part may lock, by {@link #relationsLocked}'s estimate: about half a default
   * server's lock table, so that the sessions running beside the migration keep the rest. The
   * estimate counts high (a 2,000-entity first migration: 22,700 estimated, 15,400 locked), so a
   * part really takes about a third.
   */
  static final int LOCK_BUDGET = 4_000;

  /** Why a change comes in parts, in the words of the notice and of each part's header. */
  static final String WHY =
      "one transaction would lock more relations than a PostgreSQL server with default settings"
          + " has room for (max_locks_per_transaction)";

  private TransactionParts() {}

  /**
   * The statements in order, cut where the next statement would take the running part over {@code
   * budget}; one part (all of them) for other dialects, whose engines have no such limit (MySQL and
   * MariaDB commit every DDL statement anyway).
   */
  static List<List<MigrationStatement>> split(
      Dialect dialect, List<MigrationStatement> statements, int budget) {
    if (dialect != Dialect.POSTGRES || statements.isEmpty()) {
      return List.of(statements);
    }
    List<List<MigrationStatement>> parts = new ArrayList<>();
    List<MigrationStatement> part = new ArrayList<>();
    int locked = 0;
    for (MigrationStatement s : statements) {
      int relations = relationsLocked(s.sql());
      if (!part.isEmpty() && locked + relations > budget && startsTable(s.sql())) {
        parts.add(part);
        part = new ArrayList<>();
        locked = 0;
      }
      part.add(s);
      locked += relations;
    }
    parts.add(part);
    return parts;
  }

  /**
   * Cuts only before a statement that begins another table's work, so that a table and the indexes
   * created right after it land in the same file (an index is created after its table's CREATE).
   */
  private static boolean startsTable(String sql) {
    String s = sql.stripLeading().toLowerCase(Locale.ROOT);
    return !s.startsWith("create index") && !s.startsWith("create unique index");
  }

  /**
   * An upper estimate of the relations a statement locks until commit, read off its text: the table
   * itself, and for each key, index, identity column and reference one more; a CREATE TABLE or an
   * added column may also create a TOAST table and its index. Counting too many only makes parts
   * smaller.
   */
  static int relationsLocked(String sql) {
    String s = sql.toLowerCase(Locale.ROOT);
    int n = 1;
    if (s.startsWith("create table")) {
      n += 2;
    } else if (s.startsWith("create index") || s.startsWith("create unique index")) {
      n += 1;
    }
    n += 2 * occurrences(s, "add column");
    n += occurrences(s, "primary key");
    n += occurrences(s, "unique");
    n += occurrences(s, "identity");
    n += occurrences(s, "serial");
    n += occurrences(s, "references");
    return n;
  }

  private static int occurrences(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      n++;
    }
    return n;
  }
}
