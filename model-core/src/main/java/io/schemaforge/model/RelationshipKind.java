package io.schemaforge.model;

/** Cardinality of a relationship, read from its source to its target. */
public enum RelationshipKind {
  ONE_TO_ONE,
  ONE_TO_MANY,
  MANY_TO_MANY
}
