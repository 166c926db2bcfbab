package io.schemaforge.codegen.interpreter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Meta;
import org.jooq.Name;

/**
 * MySQL's {@code ALTER TABLE t RENAME INDEX a TO b}, which jOOQ's interpreter refuses ("Unsupported
 * query"), applied as what it means there: a unique index in MySQL is the unique constraint of the
 * same name, so it is renamed as a constraint, and a plain index as an index.
 */
final class IndexRenames {
  private static final String NAME = WrittenName.PATTERN;
  private static final Pattern RENAME_INDEX =
      Pattern.compile(
          "(?is)\\s*alter\\s+table\\s+"
              + NAME
              + "\\s+rename\\s+(?:index|key)\\s+"
              + NAME
              + "\\s+to\\s+"
              + NAME
              + "\\s*");

  private IndexRenames() {}

  /** The schema after the rename, or empty when the statement is not one or cannot be applied. */
  static Optional<Meta> apply(Meta meta, String sql, DSLContext ctx) {
    Matcher m = RENAME_INDEX.matcher(sql);
    if (!m.matches()) {
      return Optional.empty();
    }
    Name table = WrittenName.of(m.group(1));
    Name from = WrittenName.of(m.group(2));
    Name to = WrittenName.of(m.group(3));
    try {
      return Optional.of(
          DdlInterpreter.apply(meta, ctx.alterTable(table).renameConstraint(from).to(to)));
    } catch (RuntimeException notAConstraint) {
      try {
        return Optional.of(DdlInterpreter.apply(meta, ctx.alterIndex(from).on(table).renameTo(to)));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
