package io.schemaforge.codegen.interpreter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Delete;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Meta;
import org.jooq.Queries;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Update;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Replays DDL through jOOQ's parser and DDL interpreter, statement by statement, for when no real
 * engine is at hand (MySQL / MariaDB without a server to prove on; the importer's last resort).
 *
 * <p>Statement by statement because the interpreter stops at the first statement it cannot apply:
 * each statement is parsed on its own and applied to the schema built so far, and one that fails is
 * recorded with its file, line and reason while the rest carry on. Row statements (insert, update,
 * delete) are counted and ignored: they do not change the schema.
 *
 * <p>The interpreter's own dialect stays at its default (setting MYSQL or POSTGRES throws "not yet
 * supported"); only the parser speaks the scripts' dialect.
 */
public final class DdlInterpreter {
  private final DSLContext parser;
  private final DSLContext interpreter;

  /**
   * @param parseDialect the dialect the scripts are written in, e.g. {@link SQLDialect#MYSQL}
   */
  public DdlInterpreter(SQLDialect parseDialect) {
    this.parser = DSL.using(parseDialect, new Settings().withParseDialect(parseDialect));
    this.interpreter = DSL.using(SQLDialect.DEFAULT);
  }

  /** Interprets the statements in order, from an empty schema. */
  public InterpretedSchema interpret(List<SqlStatement> statements) {
    Meta meta = interpreter.meta(new Query[0]);
    List<SkippedStatement> skipped = new ArrayList<>();
    int applied = 0;
    int data = 0;
    for (SqlStatement s : statements) {
      Queries parsed;
      try {
        parsed = parser.parser().parse(s.sql());
      } catch (RuntimeException e) {
        Optional<Meta> modified = ModifyColumns.apply(meta, s.sql(), parser, interpreter);
        if (modified.isPresent()) {
          meta = modified.get();
          applied++;
        } else {
          skipped.add(new SkippedStatement(s, "jOOQ cannot parse it: " + reason(e)));
        }
        continue;
      }
      for (Query q : parsed) {
        if (q instanceof Insert
            || q instanceof Update
            || q instanceof Delete
            || q instanceof Merge) {
          data++;
          continue;
        }
        try {
          meta = apply(meta, q);
          applied++;
        } catch (RuntimeException e) {
          Optional<Meta> renamed = IndexRenames.apply(meta, s.sql(), interpreter);
          if (renamed.isPresent()) {
            meta = renamed.get();
            applied++;
          } else {
            skipped.add(
                new SkippedStatement(s, "jOOQ's interpreter cannot apply it: " + reason(e)));
          }
        }
      }
    }
    return new InterpretedSchema(new MetaSchemaReader().read(meta), skipped, applied, data);
  }

  /** The schema after {@code q}; the interpretation is lazy, so a failure is forced here. */
  static Meta apply(Meta meta, Query q) {
    Meta next = meta.apply(q);
    next.getTables();
    return next;
  }

  /** Interprets whole scripts, in order; each is split with {@link ScriptSplitter}. */
  public InterpretedSchema interpretScripts(List<Script> scripts) {
    List<SqlStatement> all = new ArrayList<>();
    for (Script s : scripts) {
      all.addAll(ScriptSplitter.split(s.file(), s.content()));
    }
    return interpret(all);
  }

  /** A script by file name and content. */
  public record Script(String file, String content) {}

  private static String reason(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // jOOQ's parser appends the statement with a [*] marker over several lines: keep the first.
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
