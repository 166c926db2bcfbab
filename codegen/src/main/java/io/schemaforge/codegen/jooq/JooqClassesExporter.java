package io.schemaforge.codegen.jooq;

import io.schemaforge.codegen.ExportException;
import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.generated.GeneratedHeader;
import io.schemaforge.codegen.project.MigrationFolder.Migration;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.proof.MigrationReplay;
import io.schemaforge.codegen.proof.ProofDatabase;
import io.schemaforge.codegen.proof.ProofDatabases;
import io.schemaforge.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * jOOQ classes for a project, made by jOOQ's own code generator from the project's migrations
 * replayed in a real engine of the dialect: embedded PostgreSQL, H2 or SQLite in process, or a
 * scratch database on the {@code --verify-jdbc} server (MySQL / MariaDB, which have no in-process
 * engine; never H2 pretending to parse another dialect's SQL).
 *
 * <p>The generator writes into a scratch folder that is read back and deleted: like every exporter,
 * this one returns files and never writes into the project. Each file gets the Schemaforge header,
 * so an edited jOOQ class is reported as a conflict like any generated source.
 */
public final class JooqClassesExporter {
  private final JdbcTarget server;

  /**
   * @param server the {@code --verify-jdbc} server; required for MySQL / MariaDB
   */
  public JooqClassesExporter(JdbcTarget server) {
    this.server = server;
  }

  /**
   * @param packageName the package the classes go in, e.g. {@code com.example.blog.jooq}
   * @param sourceRoot the Java source root relative to the project, e.g. {@code src/main/java}
   */
  public List<GeneratedFile> export(
      String modelName,
      Dialect dialect,
      List<Migration> migrations,
      String packageName,
      String sourceRoot)
      throws ExportException {
    Path scratch = null;
    try {
      Optional<ProofDatabase> opened = ProofDatabases.open(dialect, server);
      if (opened.isEmpty()) {
        throw new ExportException(
            "jOOQ classes for "
                + dialect.cliName()
                + " are generated from the migrations replayed on a server: pass --verify-jdbc URL",
            List.of());
      }
      try (ProofDatabase db = opened.get()) {
        MigrationReplay.apply(db, migrations);
        scratch = Files.createTempDirectory("schemaforge-jooq");
        generate(db, packageName, scratch);
        return readBack(scratch, modelName, sourceRoot);
      }
    } catch (IOException | SQLException e) {
      throw new ExportException("cannot generate the jOOQ classes: " + e.getMessage(), e);
    } catch (MigrationReplay.ReplayException e) {
      throw new ExportException(
          "cannot generate the jOOQ classes: a migration failed", List.of(e.getMessage()));
    } finally {
      deleteTree(scratch);
    }
  }

  private static void generate(ProofDatabase db, String packageName, Path dir)
      throws SQLException, ExportException {
    Configuration configuration =
        new Configuration()
            .withLogging(Logging.ERROR)
            .withGenerator(
                new Generator()
                    .withName("org.jooq.codegen.JavaGenerator")
                    .withDatabase(database(db))
                    .withGenerate(
                        // No timestamps or generator versions beyond jOOQ's own header: the same
                        // migrations must give the same bytes, or every export would "change" them.
                        new Generate().withGeneratedAnnotation(false).withJavadoc(true))
                    .withTarget(
                        new Target()
                            .withPackageName(packageName)
                            .withDirectory(dir.toString())
                            .withEncoding("UTF-8")
                            .withClean(true)));
    try (Connection c = db.connect()) {
      GenerationTool tool = new GenerationTool();
      tool.setConnection(c);
      tool.run(configuration);
    } catch (SQLException e) {
      throw e;
    } catch (Exception e) {
      throw new ExportException("jOOQ's code generator failed: " + e.getMessage(), e);
    }
  }

  /**
   * The jOOQ-meta database of the dialect, reading the one scratch schema, without Flyway's history
   * table, and rendering it as the default schema: the scratch database's name must not end up in
   * the user's code.
   */
  private static Database database(ProofDatabase db) throws SQLException {
    Database d =
        new Database()
            .withExcludes("(?i)flyway_schema_history")
            .withOutputSchemaToDefault(true)
            .withOutputCatalogToDefault(true);
    return switch (db.dialect()) {
      case POSTGRES ->
          d.withName("org.jooq.meta.postgres.PostgresDatabase").withInputSchema("public");
      case H2 -> d.withName("org.jooq.meta.h2.H2Database").withInputSchema("PUBLIC");
      case SQLITE -> d.withName("org.jooq.meta.sqlite.SQLiteDatabase");
      case MYSQL -> d.withName("org.jooq.meta.mysql.MySQLDatabase").withInputSchema(catalog(db));
      case MARIADB ->
          d.withName("org.jooq.meta.mariadb.MariaDBDatabase").withInputSchema(catalog(db));
    };
  }

  private static String catalog(ProofDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      return c.getCatalog();
    }
  }

  private static List<GeneratedFile> readBack(Path dir, String modelName, String sourceRoot)
      throws IOException {
    List<GeneratedFile> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Path relative = dir.relativize(p);
        String body = Files.readString(p).replace("\r\n", "\n");
        files.add(
            new GeneratedFile(
                Path.of(sourceRoot).resolve(relative), GeneratedHeader.prepend(modelName, body)));
      }
    }
    return files;
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover temporary folder; the export itself succeeded or failed on its own account
    }
  }
}
