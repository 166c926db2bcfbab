package io.schemaforge.model;

/**
 * The table behind a many-to-many relationship.
 *
 * @param tableName the join table's name
 * @param sourceColumn the column referencing the relationship's source entity
 * @param targetColumn the column referencing the relationship's target entity
 */
public record JoinTable(String tableName, String sourceColumn, String targetColumn) {}
