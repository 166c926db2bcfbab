package io.schemaforge.codegen.migration;

/** How much a migration statement can hurt data that is already in the database. */
public enum Risk {
  /** Cannot lose or reject existing data (create, add nullable, widen, add index, comment). */
  SAFE,
  /**
   * Keeps data but can fail on existing rows or break existing queries (renames, new constraints).
   */
  CAUTION,
  /** Can lose data or fail on existing rows: drops, narrowing, NOT NULL without a backfill. */
  DANGER
}
