package io.schemaforge.codegen.interpreter;

import io.schemaforge.codegen.physical.DbSchema;
import java.util.List;

/**
 * What a script produces in jOOQ's DDL interpreter.
 *
 * @param schema the tables, read as {@link io.schemaforge.codegen.catalog.CatalogReader} reads a
 *     live catalog (ids {@code name:<table>} and {@code name:<table>.<column>}); foreign keys carry
 *     no ON DELETE action, which the interpreter does not keep
 * @param skipped the statements it could not parse or apply, in script order
 * @param applied how many statements changed (or were checked against) the schema
 * @param dataStatements how many statements only touch rows (insert, update, delete), which a
 *     schema interpreter rightly ignores
 */
public record InterpretedSchema(
    DbSchema schema, List<SkippedStatement> skipped, int applied, int dataStatements) {
  public InterpretedSchema {
    skipped = List.copyOf(skipped);
  }

  public boolean complete() {
    return skipped.isEmpty();
  }
}
