package io.schemaforge.codegen.proof;

import io.schemaforge.codegen.project.MigrationFolder.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The last migration history proven on the embedded PostgreSQL server in this process, kept as a
 * database. An export replays the whole history each time; the next export of the same project (the
 * designer's usual rhythm: export, edit, export) starts its proof database as a copy of the kept
 * one and lets Flyway apply only the new files. The copy holds Flyway's own history table, so
 * Flyway still checks every earlier file against the checksum it recorded, and a history is only
 * kept once its catalog matched the model. Files are matched by name, content and configuration:
 * any edit to an earlier file means a full replay. One history is kept at a time; the server and it
 * disappear with the process.
 */
final class ProvenHistory {
  /** One applied file as Flyway saw it. */
  record Step(String fileName, String sha256, String config) {}

  private static final Object LOCK = new Object();
  private static String database;
  private static List<Step> steps = List.of();

  private ProvenHistory() {}

  static List<Step> steps(List<Migration> migrations) {
    return migrations.stream().map(m -> new Step(m.fileName(), m.sha256(), m.config())).toList();
  }

  /**
   * Replaces the empty database {@code target} with a copy of the kept history when that history is
   * a prefix of {@code wanted}; otherwise, or when the copy fails, it stays (or is again) empty. A
   * file copy: PostgreSQL's {@code FILE_COPY} strategy skips writing the copy to the WAL.
   */
  static void copyInto(Connection postgres, String target, List<Step> wanted) throws SQLException {
    synchronized (LOCK) {
      if (database == null
          || steps.size() > wanted.size()
          || !wanted.subList(0, steps.size()).equals(steps)) {
        return;
      }
      try (Statement s = postgres.createStatement()) {
        s.execute("drop database " + target);
        try {
          s.execute("create database " + target + " template " + database + " strategy file_copy");
        } catch (SQLException e) {
          s.execute("create database " + target);
        }
      }
    }
  }

  /**
   * Keeps {@code name}, whose applied migrations are {@code proven}, as the history to copy from
   * next time, and drops the one kept before.
   */
  static void adopt(Connection postgres, String name, List<Step> proven) {
    synchronized (LOCK) {
      String before = database;
      database = name;
      steps = List.copyOf(proven);
      if (before != null && !before.equals(name)) {
        try (Statement s = postgres.createStatement()) {
          s.execute("drop database if exists " + before + " with (force)");
        } catch (SQLException e) {
          // a leftover database in a throwaway server
        }
      }
    }
  }

  static boolean isKeeping() {
    synchronized (LOCK) {
      return database != null;
    }
  }

  /** Forgets the kept history: the next proof replays everything from an empty database. */
  static void forget(Connection postgres) {
    synchronized (LOCK) {
      if (database != null) {
        try (Statement s = postgres.createStatement()) {
          s.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
          // a leftover database in a throwaway server
        }
      }
      database = null;
      steps = List.of();
    }
  }
}
