package io.schemaforge.codegen.importer.jpa;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the entity sources and the schema the migrations build disagree: a table or field without a
 * column, a column without a field, a type, length or nullability that does not fit. Each finding
 * names the Java file and line and the {@code table.column}.
 *
 * <p>Findings that can make the application fail (a missing column, a narrower or incompatible
 * type, a NOT NULL column the entity cannot fill) are warnings; differences that lose nothing (a
 * wider column, a nullable column no field maps) are INFO.
 *
 * <p>Nullability is drift in one direction only: a NOT NULL column behind a field the mapping lets
 * be null makes inserts fail; a nullable column behind a {@code nullable = false} field is merely
 * laxer than the application, which many projects (hawkBit among them) are on purpose.
 */
public final class EntityDrift {
  /** Tables a migration tool keeps for itself; no entity maps them. */
  private static final Set<String> TOOL_TABLES =
      Set.of("flyway_schema_history", "databasechangelog", "databasechangeloglock");

  public List<ImportFinding> compare(JpaModel jpa, DbSchema db) {
    List<ImportFinding> out = new ArrayList<>();
    Set<String> mapped = new HashSet<>();
    for (JpaEntity e : jpa.entities()) {
      mapped.add(lower(e.tableName()));
      compareTable(e.className(), e.tableName(), e.columns(), e.position(), db, out);
    }
    for (JpaLinkTable l : jpa.linkTables()) {
      mapped.add(lower(l.name()));
      compareTable(
          l.ownerClass() + "." + l.fieldName(), l.name(), l.columns(), l.position(), db, out);
    }
    for (DbTable t : db.tables()) {
      if (!mapped.contains(lower(t.name())) && !TOOL_TABLES.contains(lower(t.name()))) {
        out.add(
            new ImportFinding(
                Severity.WARNING,
                null,
                0,
                t.name(),
                "table " + t.name() + " has no entity in the sources"));
      }
    }
    return out;
  }

  private static void compareTable(
      String owner,
      String table,
      List<JpaColumn> columns,
      SourcePosition where,
      DbSchema db,
      List<ImportFinding> out) {
    Optional<DbTable> found = db.tableNamed(table);
    if (found.isEmpty()) {
      out.add(
          warning(
              where,
              table,
              owner + " maps table " + table + ", which the migrations do not create"));
      return;
    }
    DbTable t = found.get();
    Set<String> seen = new HashSet<>();
    for (JpaColumn c : columns) {
      seen.add(lower(c.name()));
      String element = t.name() + "." + c.name();
      Optional<DbColumn> dc = t.columnNamed(c.name());
      if (dc.isEmpty()) {
        out.add(
            warning(
                c.position(),
                element,
                "field " + owner + "." + c.fieldName() + " has no column " + element));
        continue;
      }
      ColumnTypeCheck.problem(c, dc.get().type())
          .ifPresent(
              p ->
                  out.add(
                      new ImportFinding(
                          p.severity(),
                          c.position().file(),
                          c.position().line(),
                          element,
                          "field " + c.fieldName() + ": " + p.message())));
      boolean fieldMayBeNull = c.nullable() && !isPrimitive(c.javaType()) && !c.generated();
      if (fieldMayBeNull && !dc.get().nullable() && !isIdentityOrDefaulted(dc.get())) {
        out.add(
            warning(
                c.position(),
                element,
                "field "
                    + c.fieldName()
                    + " may be null but "
                    + element
                    + " is NOT NULL (add nullable = false or optional = false)"));
      }
    }
    for (DbColumn dc : t.columns()) {
      if (!seen.contains(lower(dc.name()))) {
        // harmless while the column may stay empty; inserts fail once it may not
        boolean insertsFail = !dc.nullable() && !isIdentityOrDefaulted(dc);
        out.add(
            new ImportFinding(
                insertsFail ? Severity.WARNING : Severity.INFO,
                where.file(),
                where.line(),
                t.name() + "." + dc.name(),
                "column "
                    + t.name()
                    + "."
                    + dc.name()
                    + " has no field in "
                    + owner
                    + (insertsFail ? " and is NOT NULL without a default: inserts fail" : "")));
      }
    }
  }

  private static boolean isIdentityOrDefaulted(DbColumn c) {
    return c.identity() || c.defaultValue() != null;
  }

  private static boolean isPrimitive(String javaType) {
    return javaType != null
        && !javaType.isEmpty()
        && Character.isLowerCase(javaType.charAt(0))
        && !javaType.contains(".");
  }

  private static ImportFinding warning(SourcePosition p, String element, String message) {
    return new ImportFinding(Severity.WARNING, p.file(), p.line(), element, message);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
