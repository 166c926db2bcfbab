package io.schemaforge.model;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum OnDelete {
  NO_ACTION,
  RESTRICT,
  CASCADE,
  SET_NULL,
  SET_DEFAULT
}
