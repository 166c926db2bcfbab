package io.schemaforge.codegen.importer.jpa;

import java.util.List;

/**
 * An association field.
 *
 * @param kind which JPA annotation declared it
 * @param fieldName the navigation property
 * @param targetClass simple name of the entity it points at (the element type of a collection)
 * @param mappedBy the owning field on the other side, or null when this side owns the relationship
 * @param joinColumns columns this side holds (owning to-one side); empty otherwise
 * @param joinTable the table an owning many-to-many (or a join-table one-to-many) uses, else null
 * @param optional false when {@code optional = false} or a join column is NOT NULL
 */
public record JpaRelationship(
    Kind kind,
    String fieldName,
    String targetClass,
    String mappedBy,
    List<String> joinColumns,
    JpaLinkTable joinTable,
    boolean optional,
    SourcePosition position) {

  public enum Kind {
    MANY_TO_ONE,
    ONE_TO_MANY,
    ONE_TO_ONE,
    MANY_TO_MANY
  }

  public JpaRelationship {
    joinColumns = List.copyOf(joinColumns);
  }

  public boolean owning() {
    return mappedBy == null;
  }
}
