package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Ids;
import io.schemaforge.model.Index;
import io.schemaforge.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One table to one entity: every column an attribute with its type, nullability, default, identity
 * and comment; the primary key (composite too), unique constraints, indexes and checks. Table and
 * column names are kept exactly; constraint and index names are kept where the model has room for
 * them.
 */
final class TableToEntity {
  private final List<ImportFinding> findings;

  TableToEntity(List<ImportFinding> findings) {
    this.findings = findings;
  }

  EntityDraft convert(DbTable t, String className) {
    Set<String> pk = new HashSet<>(t.primaryKey() == null ? List.of() : t.primaryKey().columnIds());
    Set<String> singleUnique = new HashSet<>();
    for (DbUnique u : t.uniques()) {
      if (u.columnIds().size() == 1) {
        singleUnique.add(u.columnIds().get(0));
      }
    }
    List<Attribute> attributes = new ArrayList<>();
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> fields = new HashSet<>();
    for (DbColumn c : t.columns()) {
      String id = Ids.newId("att");
      ids.put(c.id(), id);
      String field = ImportedNames.unique(ImportedNames.fieldName(c.name()), fields);
      fields.add(field);
      attributes.add(
          Attribute.builder(id, field, c.name(), c.type().logical())
              .sourceName(c.name())
              .length(c.type().length())
              .precision(c.type().precision())
              .scale(c.type().scale())
              .enumValues(c.type().enumValues())
              .primaryKey(pk.contains(c.id()))
              .nullable(c.nullable() && !pk.contains(c.id()))
              .unique(singleUnique.contains(c.id()) && !pk.contains(c.id()))
              .identity(c.identity())
              .defaultValue(c.defaultValue())
              .comment(c.comment())
              .build());
    }
    if (t.primaryKey() != null) {
      List<String> inTableOrder =
          t.columns().stream().map(DbColumn::id).filter(pk::contains).toList();
      if (!inTableOrder.equals(t.primaryKey().columnIds())) {
        // The model orders a key by its attributes; a key declared in another order is exported
        // in column order, which changes the index behind it (not which rows are unique).
        findings.add(
            finding(
                Severity.WARNING,
                t.name(),
                "primary key ("
                    + String.join(", ", t.columnNames(t.primaryKey().columnIds()))
                    + ") is not in column order; it is exported in column order"));
      }
    }
    List<UniqueConstraint> uniques = new ArrayList<>();
    for (DbUnique u : t.uniques()) {
      if (u.columnIds().size() > 1) {
        uniques.add(new UniqueConstraint(Ids.newId("uq"), u.name(), map(u.columnIds(), ids)));
      }
    }
    List<Index> indexes = new ArrayList<>();
    for (DbIndex ix : t.indexes()) {
      if (ix.columnIds().isEmpty() || !ids.keySet().containsAll(ix.columnIds())) {
        findings.add(
            finding(
                Severity.WARNING,
                t.name(),
                "index "
                    + ix.name()
                    + " is not on plain columns (an expression or a function); it is not imported"));
        continue;
      }
      indexes.add(new Index(Ids.newId("idx"), ix.name(), map(ix.columnIds(), ids), ix.unique()));
    }
    List<CheckConstraint> checks = new ArrayList<>();
    for (DbCheck ck : t.checks()) {
      if (ck.isEnum()) {
        continue; // the column became an ENUM with these values; its check comes with it
      }
      checks.add(new CheckConstraint(Ids.newId("ck"), checkName(t.name(), ck), ck.expression()));
    }
    return new EntityDraft(
        Ids.newId("ent"), className, t, attributes, ids, indexes, uniques, checks);
  }

  /**
   * The model names a check {@code ck_<table>_<name>}; a check named that way keeps its short name,
   * any other keeps its whole name (the export carries the real name over, see {@code
   * migration.ExistingNames}).
   */
  private static String checkName(String table, DbCheck ck) {
    String n = ck.name() == null ? "check" : ck.name();
    String prefix = ("ck_" + table + "_").toLowerCase(Locale.ROOT);
    return n.toLowerCase(Locale.ROOT).startsWith(prefix) ? n.substring(prefix.length()) : n;
  }

  private static List<String> map(List<String> columnIds, Map<String, String> ids) {
    return columnIds.stream().map(ids::get).toList();
  }

  static ImportFinding finding(Severity s, String element, String message) {
    return new ImportFinding(s, null, 0, element, message);
  }
}
