package io.schemaforge.model;

/**
 * A check constraint, named {@code ck_<table>_<name>} by the convention.
 *
 * @param name the short name that goes into the constraint name
 * @param expression the SQL boolean expression
 */
public record CheckConstraint(String id, String name, String expression) {}
