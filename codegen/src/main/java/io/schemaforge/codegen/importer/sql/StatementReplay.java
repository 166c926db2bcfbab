package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.model.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Runs the files' statements one by one on a connection in autocommit, so a statement the engine
 * refuses is reported with its file and line and the rest carries on (in PostgreSQL a failed
 * statement inside a transaction would abort every statement after it).
 */
final class StatementReplay {
  /** How many statements ran, failed and were left out. */
  record Counts(int applied, int failed, int skipped) {}

  private final Connection connection;
  private final SqlSplitter splitter;
  private final boolean mysql;
  private final String schema;
  private final String user;
  private final String database;

  StatementReplay(Connection connection, Dialect scripts, Dialect engine) throws SQLException {
    this.connection = connection;
    this.splitter = new SqlSplitter(scripts);
    this.mysql = engine == Dialect.MYSQL || engine == Dialect.MARIADB;
    connection.setAutoCommit(true);
    this.schema = mysql ? connection.getCatalog() : connection.getSchema();
    this.user = connection.getMetaData().getUserName();
    this.database = connection.getCatalog();
  }

  /** Told before each file is replayed. */
  @FunctionalInterface
  interface FileListener {
    void starting(HistoryFile file, int index, int count);
  }

  Counts run(List<HistoryFile> files, List<ImportFinding> findings, FileListener listener) {
    int applied = 0;
    int failed = 0;
    ReplayFilter filter = new ReplayFilter(mysql);
    for (int i = 0; i < files.size(); i++) {
      HistoryFile f = files.get(i);
      listener.starting(f, i, files.size());
      Placeholders placeholders = Placeholders.flywayDefaults(schema, user, database, f.fileName());
      for (SqlStatement s : splitter.split(f.content(), f.name())) {
        Optional<String> sql = filter.sqlToRun(s, placeholders, findings);
        if (sql.isEmpty()) {
          continue;
        }
        try (Statement st = connection.createStatement()) {
          st.execute(sql.get());
          applied++;
        } catch (SQLException e) {
          failed++;
          findings.add(ReplayFilter.notApplied(s, firstLine(e.getMessage())));
        }
      }
    }
    return new Counts(applied, failed, filter.leftOut());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "refused by the database";
    }
    return message.strip().lines().findFirst().orElse(message);
  }
}
