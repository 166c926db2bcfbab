package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.interpreter.DdlInterpreter;
import io.schemaforge.codegen.interpreter.InterpretedSchema;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.model.Dialect;
import java.util.List;
import java.util.Optional;

/**
 * The proof for MySQL / MariaDB when no server was given: the migrations replayed through jOOQ's
 * DDL interpreter instead of an engine. Weaker than a real engine, and it says so: ON DELETE
 * actions are not kept by the interpreter (taken from the model, so not checked), and a statement
 * it cannot apply is listed rather than passed over.
 */
final class InterpreterProof {
  static final String WHAT = "jOOQ's DDL interpreter, not a MySQL server";

  private InterpreterProof() {}

  static InterpretedSchema interpret(Dialect dialect, List<Migration> migrations) {
    return new DdlInterpreter(dialect)
        .interpretScripts(
            migrations.stream()
                .map(m -> new DdlInterpreter.Script(m.fileName(), m.content()))
                .toList());
  }

  /**
   * The interpreted schema with each foreign key's ON DELETE taken from the expected one of the
   * same table and columns: the interpreter does not keep it, and a difference there would be
   * noise.
   */
  static DbSchema withExpectedDeleteRules(DbSchema interpreted, DbSchema expected) {
    return new DbSchema(
        interpreted.tables().stream()
            .map(t -> withDeleteRules(t, expected.tableNamed(t.name())))
            .toList());
  }

  private static DbTable withDeleteRules(DbTable t, Optional<DbTable> expected) {
    if (expected.isEmpty()) {
      return t;
    }
    List<DbForeignKey> fks =
        t.foreignKeys().stream()
            .map(
                fk ->
                    expected.get().foreignKeys().stream()
                        .filter(
                            e ->
                                columnNames(expected.get(), e.columnIds())
                                    .equals(columnNames(t, fk.columnIds())))
                        .findFirst()
                        .map(
                            e ->
                                new DbForeignKey(
                                    fk.id(),
                                    fk.name(),
                                    fk.columnIds(),
                                    fk.referencedTableId(),
                                    fk.referencedColumnIds(),
                                    e.onDelete()))
                        .orElse(fk))
            .toList();
    return new DbTable(
        t.id(),
        t.name(),
        t.comment(),
        t.columns(),
        t.primaryKey(),
        fks,
        t.uniques(),
        t.indexes(),
        t.checks());
  }

  private static List<String> columnNames(DbTable t, List<String> ids) {
    return t.columnNames(ids).stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
