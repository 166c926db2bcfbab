package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.PhysicalSchemaBuilder;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Schema;
import java.util.List;

/** Shortcuts over {@link MigrationPlanner} for a whole model. */
public final class MigrationSql {
  private MigrationSql() {}

  /** The statements that create the model's tables from nothing. */
  public static List<MigrationStatement> createAllStatements(Schema schema, Dialect dialect) {
    DbSchema target = new PhysicalSchemaBuilder(dialect).build(schema);
    return new MigrationPlanner(dialect, schema.naming().quoteIdentifiers())
        .plan(DbSchema.EMPTY, target);
  }

  /** The full script that creates the model's tables from nothing (what V1 holds). */
  public static String createAll(Schema schema, Dialect dialect) {
    return MigrationScript.render(schema.name(), dialect, createAllStatements(schema, dialect));
  }
}
