package io.schemaforge.codegen.interpreter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * MySQL's {@code ALTER TABLE t MODIFY [COLUMN] c <definition>}, which jOOQ's parser rejects once
 * the definition carries a default. It replaces the whole column definition, so it is applied as
 * what it means: the definition is read by interpreting a one-column table, then the column's type,
 * nullability, default and comment are set one by one with statements the interpreter knows.
 */
final class ModifyColumns {
  private static final String NAME = WrittenName.PATTERN;
  private static final Pattern MODIFY =
      Pattern.compile(
          "(?is)\\s*alter\\s+table\\s+"
              + NAME
              + "\\s+modify\\s+(?:column\\s+)?"
              + NAME
              + "\\s+(.+)");

  private ModifyColumns() {}

  /** The schema after the change, or empty when the statement is not one or cannot be applied. */
  static Optional<Meta> apply(Meta meta, String sql, DSLContext parser, DSLContext interpreter) {
    Matcher m = MODIFY.matcher(sql);
    if (!m.matches()) {
      return Optional.empty();
    }
    Name table = WrittenName.of(m.group(1));
    Name column = WrittenName.of(m.group(2));
    try {
      Field<?> definition = definition(m.group(3), parser, interpreter);
      DataType<?> d = definition.getDataType();
      List<Query> steps =
          List.of(
              interpreter.alterTable(table).alterColumn(column).set(d.nullable(true)),
              d.nullable()
                  ? interpreter.alterTable(table).alterColumn(column).dropNotNull()
                  : interpreter.alterTable(table).alterColumn(column).setNotNull(),
              d.defaulted()
                  ? interpreter.alterTable(table).alterColumn(column).setDefault(d.defaultValue())
                  : interpreter.alterTable(table).alterColumn(column).dropDefault(),
              interpreter
                  .commentOnColumn(DSL.name(table, column))
                  .is(definition.getComment() == null ? "" : definition.getComment()));
      Meta result = meta;
      for (Query q : steps) {
        result = DdlInterpreter.apply(result, q);
      }
      return Optional.of(result);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The column a definition describes, read from a scratch one-column table. */
  private static Field<?> definition(String text, DSLContext parser, DSLContext interpreter) {
    Meta scratch =
        interpreter.meta(parser.parser().parse("create table t (c " + text + ")").queries());
    Table<?> t = scratch.getTables().get(0);
    return t.field(0);
  }
}
