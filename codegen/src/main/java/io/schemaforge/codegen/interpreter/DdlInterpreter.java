package io.schemaforge.codegen.interpreter;

import io.schemaforge.model.Dialect;
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

  private final MetaSchemaReader reader;

  /**
   * @param dialect the dialect the scripts are written in: it chooses jOOQ's parser dialect and how
   *     column types are read back
   */
  public DdlInterpreter(Dialect dialect) {
    SQLDialect parseDialect = parseDialect(dialect);
    this.parser = DSL.using(parseDialect, new Settings().withParseDialect(parseDialect));
    this.interpreter = DSL.using(SQLDialect.DEFAULT);
    this.reader = new MetaSchemaReader(dialect);
  }

  private static SQLDialect parseDialect(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> SQLDialect.POSTGRES;
      case MYSQL -> SQLDialect.MYSQL;
      case MARIADB -> SQLDialect.MARIADB;
      case H2 -> SQLDialect.H2;
      case SQLITE -> SQLDialect.SQLITE;
    };
  }

  /** Interprets the statements in order, from an empty schema. */
  public InterpretedSchema interpret(List<SqlStatement> statements) {
    Run run = new Run(interpreter.meta(new Query[0]));
    for (SqlStatement s : statements) {
      Queries parsed;
      try {
        parsed = parser.parser().parse(s.sql());
      } catch (RuntimeException e) {
        run.flush();
        Optional<Meta> modified = ModifyColumns.apply(run.meta, s.sql(), parser, interpreter);
        if (modified.isPresent()) {
          run.meta = modified.get();
          run.applied++;
        } else {
          run.skipped.add(new SkippedStatement(s, "jOOQ cannot parse it: " + reason(e)));
        }
        continue;
      }
      for (Query q : parsed) {
        if (q instanceof Insert
            || q instanceof Update
            || q instanceof Delete
            || q instanceof Merge) {
          run.data++;
        } else {
          run.pending.add(new Pending(s, q));
        }
      }
    }
    run.flush();
    return new InterpretedSchema(reader.read(run.meta), run.skipped, run.applied, run.data);
  }

  private record Pending(SqlStatement statement, Query query) {}

  /**
   * The interpretation so far. Statements are applied in batches: each {@link Meta#apply} costs
   * about the size of the schema built so far, so one call per statement makes a long history
   * quadratic. A batch that fails is applied again statement by statement, so that the one at fault
   * is found, translated where we know how, or listed.
   */
  private final class Run {
    Meta meta;
    final List<Pending> pending = new ArrayList<>();
    final List<SkippedStatement> skipped = new ArrayList<>();
    int applied;
    int data;

    Run(Meta start) {
      this.meta = start;
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      try {
        meta = apply(meta, pending.stream().map(Pending::query).toArray(Query[]::new));
        applied += pending.size();
      } catch (RuntimeException batchFailed) {
        pending.forEach(this::applyOne);
      }
      pending.clear();
    }

    private void applyOne(Pending p) {
      try {
        meta = apply(meta, p.query());
        applied++;
      } catch (RuntimeException e) {
        Optional<Meta> renamed = IndexRenames.apply(meta, p.statement().sql(), interpreter);
        if (renamed.isPresent()) {
          meta = renamed.get();
          applied++;
        } else {
          skipped.add(
              new SkippedStatement(
                  p.statement(), "jOOQ's interpreter cannot apply it: " + reason(e)));
        }
      }
    }
  }

  /** The schema after {@code q}; the interpretation is lazy, so a failure is forced here. */
  static Meta apply(Meta meta, Query... q) {
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
