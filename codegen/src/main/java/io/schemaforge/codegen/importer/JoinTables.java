package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.OnDelete;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the tables that are many-to-many links: exactly two columns, both the primary key, each a
 * single-column foreign key onto a single-column primary key. Such a table becomes an N:M
 * relationship only when the model reproduces it exactly on export (keys in column order, both ON
 * DELETE CASCADE as a Schemaforge join table is, nothing else referencing it); otherwise it stays
 * an entity with two relationships, and a finding says why.
 */
final class JoinTables {
  private JoinTables() {}

  /** Ids of the tables that become many-to-many relationships. */
  static Set<String> find(DbSchema schema, List<ImportFinding> findings) {
    Set<String> referenced = new HashSet<>();
    schema
        .tables()
        .forEach(t -> t.foreignKeys().forEach(fk -> referenced.add(fk.referencedTableId())));
    Set<String> result = new HashSet<>();
    for (DbTable t : schema.tables()) {
      if (!looksLikeLink(t, schema)) {
        continue;
      }
      List<String> why = new ArrayList<>();
      List<String> columns = t.columns().stream().map(DbColumn::id).toList();
      if (!t.primaryKey().columnIds().equals(columns)) {
        why.add("its primary key is not in column order");
      }
      if (t.foreignKeys().stream().anyMatch(fk -> fk.onDelete() != OnDelete.CASCADE)) {
        why.add("its foreign keys are not both ON DELETE CASCADE");
      }
      if (referenced.contains(t.id())) {
        why.add("other tables refer to it");
      }
      if (!t.uniques().isEmpty() || !t.checks().isEmpty() || t.comment() != null) {
        why.add("it has constraints or a comment of its own");
      }
      if (why.isEmpty()) {
        result.add(t.id());
      } else {
        findings.add(
            TableToEntity.finding(
                Severity.INFO,
                t.name(),
                "links two tables but is kept as an entity, since "
                    + String.join(" and ", why)
                    + " (a many-to-many join table would be exported differently)"));
      }
    }
    return result;
  }

  private static boolean looksLikeLink(DbTable t, DbSchema schema) {
    if (t.columns().size() != 2 || t.primaryKey() == null || t.foreignKeys().size() != 2) {
      return false;
    }
    Set<String> pk = new HashSet<>(t.primaryKey().columnIds());
    Set<String> keyed = new HashSet<>();
    for (DbForeignKey fk : t.foreignKeys()) {
      if (fk.columnIds().size() != 1) {
        return false;
      }
      DbTable ref = schema.table(fk.referencedTableId()).orElse(null);
      if (ref == null
          || ref.primaryKey() == null
          || !ref.primaryKey().columnIds().equals(fk.referencedColumnIds())
          || ref.primaryKey().columnIds().size() != 1) {
        return false;
      }
      keyed.add(fk.columnIds().get(0));
    }
    return keyed.size() == 2 && keyed.equals(pk);
  }
}
