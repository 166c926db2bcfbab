package io.schemaforge.codegen.importer.jpa;

import java.util.List;
import java.util.Optional;

/**
 * An {@code @Entity} class, with what its superclasses ({@code @MappedSuperclass}) and embedded
 * objects contribute flattened into its columns.
 *
 * @param className the simple class name (what the model calls the entity)
 * @param qualifiedName package and class name
 * @param tableName the physical table name
 * @param columns every column of its table, in declaration order (superclass fields first)
 * @param idColumns the primary key column names
 */
public record JpaEntity(
    String className,
    String qualifiedName,
    String tableName,
    List<JpaColumn> columns,
    List<String> idColumns,
    List<JpaRelationship> relationships,
    SourcePosition position) {

  public JpaEntity {
    columns = List.copyOf(columns);
    idColumns = List.copyOf(idColumns);
    relationships = List.copyOf(relationships);
  }

  public Optional<JpaColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
  }
}
