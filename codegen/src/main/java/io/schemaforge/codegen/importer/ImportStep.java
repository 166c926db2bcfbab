package io.schemaforge.codegen.importer;

/**
 * One step of an import, as {@link ImportProgress} reports it.
 *
 * @param phase which part of the import is running
 * @param text what it does, for people: {@code Replaying V1_12_4__add_maintenance_window.sql (22 of
 *     37)}
 * @param done units finished within the phase (files, statements), 0 when not counted
 * @param total units in the phase, 0 when not known in advance
 */
public record ImportStep(Phase phase, String text, int done, int total) {

  /** The parts of an import, in the order they run (each may be absent). */
  public enum Phase {
    READING_ENTITIES,
    READING_FILES,
    REPLAYING,
    READING_CATALOG,
    BUILDING_MODEL,
    LAYING_OUT,
    RECONCILING
  }

  /** A step that is not counted. */
  public static ImportStep of(Phase phase, String text) {
    return new ImportStep(phase, text, 0, 0);
  }

  /** How far the phase is, from 0 to 1, or -1 when the step is not counted. */
  public double fraction() {
    return total > 0 ? Math.min(1.0, (double) done / total) : -1;
  }
}
