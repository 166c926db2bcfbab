package io.schemaforge.codegen.proof;

import io.schemaforge.codegen.project.MigrationFolder.Migration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies migrations to a database exactly as the user's application will: with Flyway, from files
 * in a folder. The migrations are copied to a temporary folder first, so a proof never reads or
 * writes the project's own.
 */
public final class MigrationReplay {
  private MigrationReplay() {}

  /**
   * Migrates; a failing script throws with Flyway's message, which names the file. The database may
   * first take over a history proven earlier in this process ({@link
   * ProofDatabase#resumeProvenHistory}); Flyway then checks those files and applies the rest.
   */
  public static MigrateResult apply(ProofDatabase db, List<Migration> migrations)
      throws IOException {
    db.resumeProvenHistory(migrations);
    Path dir = Files.createTempDirectory("schemaforge-replay");
    try {
      for (Migration m : migrations) {
        Files.writeString(dir.resolve(m.fileName()), m.content());
        if (m.config() != null) {
          Files.writeString(dir.resolve(m.fileName() + ".conf"), m.config());
        }
      }
      Flyway flyway =
          Flyway.configure()
              .dataSource(db.url(), db.user(), db.password())
              .locations("filesystem:" + dir.toAbsolutePath())
              .cleanDisabled(true)
              .load();
      return flyway.migrate();
    } catch (FlywayException e) {
      throw new ReplayException(e.getMessage(), e);
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A migration that the database refused. */
  public static final class ReplayException extends RuntimeException {
    public ReplayException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
