package io.schemaforge.codegen.importer.jpa;

import io.schemaforge.codegen.importer.ImportFinding;
import java.util.List;
import java.util.Optional;

/**
 * What a project's JPA sources map: entity classes to tables, plus the join and collection tables
 * their fields declare, and what the reader noticed (an unresolved constant, a file that does not
 * parse).
 */
public record JpaModel(
    List<JpaEntity> entities, List<JpaLinkTable> linkTables, List<ImportFinding> findings) {

  public JpaModel {
    entities = List.copyOf(entities);
    linkTables = List.copyOf(linkTables);
    findings = List.copyOf(findings);
  }

  public Optional<JpaEntity> entity(String className) {
    return entities.stream().filter(e -> e.className().equals(className)).findFirst();
  }

  public Optional<JpaEntity> entityForTable(String table) {
    return entities.stream().filter(e -> e.tableName().equalsIgnoreCase(table)).findFirst();
  }

  /** Every table the sources map, entity tables first. */
  public List<String> tableNames() {
    return java.util.stream.Stream.concat(
            entities.stream().map(JpaEntity::tableName),
            linkTables.stream().map(JpaLinkTable::name))
        .distinct()
        .toList();
  }
}
