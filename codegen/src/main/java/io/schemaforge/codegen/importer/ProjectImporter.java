package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.importer.jpa.EntitiesToModel;
import io.schemaforge.codegen.importer.jpa.EntityReconciler;
import io.schemaforge.codegen.importer.jpa.JpaModel;
import io.schemaforge.codegen.importer.jpa.JpaSourceReader;
import io.schemaforge.codegen.importer.sql.LiveDatabaseReader;
import io.schemaforge.codegen.importer.sql.NoScriptsFoundException;
import io.schemaforge.codegen.importer.sql.SchemaReadResult;
import io.schemaforge.codegen.importer.sql.SqlHistoryReader;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.model.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening an existing project: its SQL side (scripts or a live database → {@link SchemaReadResult}
 * → model with {@link ModelFromCatalog}) and its JPA side ({@code @Entity} sources, {@link
 * JpaSourceReader}). With both, the catalog's model takes the sources' names and the drift between
 * the two is reported ({@link EntityReconciler}); with entities alone, the model comes from them
 * ({@link EntitiesToModel}). Findings are returned together, the SQL ones first.
 */
public final class ProjectImporter {

  /**
   * The SQL step alone: the schema the scripts (or the live database) produce.
   *
   * @throws ImportException when the input is unusable (see {@link SqlHistoryReader#read})
   */
  public SchemaReadResult readSchema(ImportOptions options) throws ImportException {
    return readSchema(options, ImportProgress.NONE);
  }

  /** {@link #readSchema(ImportOptions)}, telling {@code progress} each step. */
  public SchemaReadResult readSchema(ImportOptions options, ImportProgress progress)
      throws ImportException {
    if (options.paths().isEmpty()) {
      if (options.jdbc() == null) {
        throw new ImportException(
            "nothing to import: give a project, a folder or SQL files, or --jdbc");
      }
      progress.step(
          ImportStep.of(
              ImportStep.Phase.READING_CATALOG, "Reading the catalog of " + options.jdbc().url()));
      return new LiveDatabaseReader().read(options.jdbc());
    }
    return new SqlHistoryReader()
        .read(options.paths(), options.dialect(), options.jdbc(), progress);
  }

  /** Reads the schema and the entity sources, and builds the model. */
  public Result importModel(ImportOptions options) throws ImportException {
    return importModel(options, ImportProgress.NONE);
  }

  /**
   * {@link #importModel(ImportOptions)}, telling {@code progress} each step: reading the entity
   * sources and the migration files, replaying them (file by file), reading the catalog, building
   * and laying out the model, reconciling it with the entities.
   */
  public Result importModel(ImportOptions options, ImportProgress progress) throws ImportException {
    JpaModel jpa = readEntities(options.paths(), progress);
    SchemaReadResult read;
    try {
      read = readSchema(options, progress);
    } catch (NoScriptsFoundException e) {
      if (jpa == null) {
        throw e;
      }
      progress.step(
          ImportStep.of(
              ImportStep.Phase.BUILDING_MODEL,
              "Building the model from " + jpa.entities().size() + " @Entity class(es)"));
      return fromEntitiesAlone(options, jpa);
    }
    ImportedModel built =
        new ModelFromCatalog(read.dialect()).build(read.schema(), options.modelName(), progress);
    if (jpa != null) {
      progress.step(
          ImportStep.of(
              ImportStep.Phase.RECONCILING,
              "Reconciling "
                  + jpa.entities().size()
                  + " @Entity class(es) with "
                  + read.schema().tables().size()
                  + " table(s)"));
      built = new EntityReconciler().reconcile(built, jpa, read.schema());
    }
    List<ImportFinding> findings = new ArrayList<>(read.findings());
    findings.addAll(built.findings());
    return new Result(new ImportedModel(built.model(), findings), read, jpa);
  }

  private static Result fromEntitiesAlone(ImportOptions options, JpaModel jpa) {
    // Entities say nothing about the database they run on: PostgreSQL unless told otherwise.
    Dialect dialect = options.dialect() != null ? options.dialect() : Dialect.POSTGRES;
    List<ImportFinding> findings = new ArrayList<>();
    findings.add(
        new ImportFinding(
            ImportFinding.Severity.INFO,
            null,
            0,
            null,
            "no migrations found: the model comes from "
                + jpa.entities().size()
                + " @Entity class(es) alone, for "
                + dialect.cliName()
                + (options.dialect() == null ? " (pass --dialect to choose another)" : "")));
    ImportedModel built = new EntitiesToModel(dialect).build(jpa, options.modelName());
    findings.addAll(built.findings());
    SchemaReadResult none = new SchemaReadResult(DbSchema.EMPTY, dialect, List.of(), List.of());
    return new Result(new ImportedModel(built.model(), findings), none, jpa);
  }

  /** The {@code @Entity} classes under the paths, or null when there are none. */
  private static JpaModel readEntities(List<Path> paths, ImportProgress progress)
      throws ImportException {
    List<EntitySources.Root> roots = EntitySources.find(paths);
    if (roots.isEmpty()) {
      return null;
    }
    progress.step(
        ImportStep.of(
            ImportStep.Phase.READING_ENTITIES,
            "Reading the @Entity sources in " + roots.size() + " source folder(s)"));
    List<Path> shownFrom = roots.stream().map(EntitySources.Root::shownFrom).distinct().toList();
    JpaModel jpa;
    try {
      jpa =
          new JpaSourceReader()
              .read(
                  roots.stream().map(EntitySources.Root::root).toList(),
                  null,
                  shownFrom.size() == 1 ? shownFrom.get(0) : null);
    } catch (IOException e) {
      throw new ImportException("cannot read the Java sources (" + e.getMessage() + ")", e);
    }
    return jpa.entities().isEmpty() ? null : jpa;
  }

  /**
   * @param imported the model and every finding
   * @param schema what the SQL step read, with the files it replayed; an empty schema and history
   *     when the model comes from entities alone
   * @param entities what the {@code @Entity} sources map, or null when the paths hold none
   */
  public record Result(ImportedModel imported, SchemaReadResult schema, JpaModel entities) {}
}
