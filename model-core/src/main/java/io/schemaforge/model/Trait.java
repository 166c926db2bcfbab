package io.schemaforge.model;

/** Cross-cutting columns an entity can opt into; each becomes one generated base class. */
public enum Trait {
  /** created_at / updated_at. */
  TIMESTAMPS,
  /** deleted_at. */
  SOFT_DELETE,
  /** An optimistic-locking version column. */
  VERSION
}
