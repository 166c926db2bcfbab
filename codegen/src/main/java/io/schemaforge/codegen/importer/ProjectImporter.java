package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.importer.sql.LiveDatabaseReader;
import io.schemaforge.codegen.importer.sql.SchemaReadResult;
import io.schemaforge.codegen.importer.sql.SqlHistoryReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening an existing project from its SQL side: scripts or a live database → {@link
 * SchemaReadResult} → model ({@link ModelFromCatalog}). The findings of both steps are returned
 * together, the SQL ones first.
 */
public final class ProjectImporter {

  /**
   * The SQL step alone: the schema the scripts (or the live database) produce.
   *
   * @throws ImportException when the input is unusable (see {@link SqlHistoryReader#read})
   */
  public SchemaReadResult readSchema(ImportOptions options) throws ImportException {
    if (options.paths().isEmpty()) {
      if (options.jdbc() == null) {
        throw new ImportException(
            "nothing to import: give a project, a folder or SQL files, or --jdbc");
      }
      return new LiveDatabaseReader().read(options.jdbc());
    }
    return new SqlHistoryReader().read(options.paths(), options.dialect(), options.jdbc());
  }

  /** Reads the schema and builds the model. */
  public Result importModel(ImportOptions options) throws ImportException {
    SchemaReadResult read = readSchema(options);
    ImportedModel built =
        new ModelFromCatalog(read.dialect()).build(read.schema(), options.modelName());
    List<ImportFinding> findings = new ArrayList<>(read.findings());
    findings.addAll(built.findings());
    return new Result(new ImportedModel(built.model(), findings), read);
  }

  /**
   * @param imported the model and every finding
   * @param schema what the SQL step read, with the files it replayed
   */
  public record Result(ImportedModel imported, SchemaReadResult schema) {}
}
