package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.interpreter.DdlInterpreter;
import io.schemaforge.codegen.interpreter.InterpretedSchema;
import io.schemaforge.codegen.interpreter.SkippedStatement;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last resort when no engine fits ({@link ImportEngine#NONE}: MySQL or MariaDB scripts without
 * {@code --jdbc}): the files go through jOOQ's parser and DDL interpreter instead of a server. The
 * statements are cut by the importer's own {@link SqlSplitter} (it knows {@code DELIMITER}, dollar
 * quotes and trigger bodies) and filtered by the same {@link ReplayFilter} as a replay on a server,
 * so both paths see the same statements with the same file and line.
 */
final class InterpreterReplay {
  private final Dialect scripts;
  private final SqlSplitter splitter;

  InterpreterReplay(Dialect scripts) {
    this.scripts = scripts;
    this.splitter = new SqlSplitter(scripts);
  }

  /** The schema the interpreter builds; findings gets one ERROR per statement it cannot apply. */
  DbSchema run(List<HistoryFile> files, List<ImportFinding> findings) {
    boolean mysql = scripts == Dialect.MYSQL || scripts == Dialect.MARIADB;
    List<io.schemaforge.codegen.interpreter.SqlStatement> statements = new ArrayList<>();
    ReplayFilter filter = new ReplayFilter(mysql);
    for (HistoryFile f : files) {
      // No server, so Flyway's own placeholders expand to what a default connection would have.
      Placeholders placeholders = Placeholders.flywayDefaults(null, null, null, f.fileName());
      for (SqlStatement s : splitter.split(f.content(), f.name())) {
        Optional<String> sql = filter.sqlToRun(s, placeholders, findings);
        if (sql.isEmpty()) {
          continue;
        }
        // jOOQ cannot parse MySQL's CHANGE or several clauses in one ALTER TABLE: one clause per
        // statement, all with the original file and line.
        for (String part : mysql ? MysqlAlterClauses.split(sql.get()) : List.of(sql.get())) {
          statements.add(
              new io.schemaforge.codegen.interpreter.SqlStatement(s.file(), s.line(), part));
        }
      }
    }
    findings.add(
        new ImportFinding(
            Severity.WARNING,
            null,
            0,
            null,
            "no "
                + scripts.cliName()
                + " server given: the schema comes from jOOQ's parser and DDL interpreter, not"
                + " from a server, so foreign keys' ON DELETE / ON UPDATE actions are not known"
                + " and engine-specific details may differ; pass --jdbc jdbc:"
                + (scripts == Dialect.MARIADB ? "mariadb" : "mysql")
                + "://HOST:PORT/ --user U --password P for an exact result (a scratch database is"
                + " created there and dropped afterwards)"));
    long t0 = System.nanoTime();
    InterpretedSchema interpreted = new DdlInterpreter(scripts).interpret(statements);
    for (SkippedStatement skipped : interpreted.skipped()) {
      io.schemaforge.codegen.interpreter.SqlStatement s = skipped.statement();
      findings.add(
          ReplayFilter.notApplied(new SqlStatement(s.sql(), s.file(), s.line()), skipped.reason()));
    }
    findings.add(
        new ImportFinding(
            Severity.INFO,
            null,
            0,
            null,
            String.format(
                java.util.Locale.ROOT,
                "interpreted %d file(s) with jOOQ: %d statement(s) applied, %d not applied, %d"
                    + " left out, %d row statement(s) ignored, in %.1f s",
                files.size(),
                interpreted.applied(),
                interpreted.skipped().size(),
                filter.leftOut(),
                interpreted.dataStatements(),
                (System.nanoTime() - t0) / 1e9)));
    return interpreted.schema();
  }
}
