package io.schemaforge.codegen.importer.jpa;

import java.util.List;

/**
 * A table no entity class stands for: a {@code @JoinTable} of a relationship or the
 * {@code @CollectionTable} of an {@code @ElementCollection}.
 *
 * @param ownerClass the entity declaring it
 * @param fieldName the field declaring it
 * @param columns its columns: the join columns first, then the inverse join or value columns
 */
public record JpaLinkTable(
    String name,
    String ownerClass,
    String fieldName,
    List<JpaColumn> columns,
    SourcePosition position) {
  public JpaLinkTable {
    columns = List.copyOf(columns);
  }
}
