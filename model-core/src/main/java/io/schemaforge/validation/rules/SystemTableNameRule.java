package io.schemaforge.validation.rules;

import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A table named like one that migration tools, JPA or the database itself create: Flyway's {@code
 * flyway_schema_history}, Liquibase's {@code databasechangelog(lock)}, Hibernate's {@code
 * hibernate_sequence(s)}, {@code information_schema}, and the reserved prefixes {@code pg_}
 * (PostgreSQL) and {@code sqlite_} (SQLite, where such a table cannot be created).
 */
public final class SystemTableNameRule implements EntityRule {
  public static final String ID = "system-table-name";

  private static final Map<String, String> NAMES =
      Map.of(
          "flyway_schema_history", "Flyway's migration history",
          "databasechangelog", "Liquibase's change log",
          "databasechangeloglock", "Liquibase's change log lock",
          "hibernate_sequence", "Hibernate's default sequence table",
          "hibernate_sequences", "Hibernate's default sequence table",
          "information_schema", "the SQL standard's information schema");

  private static final Map<Dialect, String> PREFIXES =
      Map.of(Dialect.POSTGRES, "pg_", Dialect.SQLITE, "sqlite_");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Table names should not collide with tool or system tables.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    String table = entity.tableName();
    if (table == null || table.isEmpty()) {
      return;
    }
    String normalized = context.dialect().normalize(table);
    String what = NAMES.get(normalized);
    Dialect dialect = context.dialect().dialect();
    String prefix = PREFIXES.get(dialect);
    if (what == null && prefix != null && normalized.startsWith(prefix)) {
      what = "the " + dialect.cliName() + " system tables' prefix " + prefix;
    }
    if (what != null) {
      out.accept(new NamedElement.Table(entity).diagnostic(this, " collides with " + what + "."));
    }
  }
}
