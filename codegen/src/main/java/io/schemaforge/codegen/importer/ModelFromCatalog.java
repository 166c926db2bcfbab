package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipOnKeysCommand;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.Command;
import io.schemaforge.command.CommandStack;
import io.schemaforge.command.CompositeCommand;
import io.schemaforge.dialect.DialectFacts;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.Relationship;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a database catalog (read back after replaying a project's migrations, or from a live
 * database) into a Schemaforge model: every table an entity with its table and column names kept
 * exactly, every foreign key a relationship (none invented), laid out with ELK.
 *
 * <p>The model continues the project's history: exporting it unchanged into the same project writes
 * no migration, because the export replays the project's migrations, matches what they produce to
 * the model by name, and keeps the constraint names the project already has (see {@code
 * migration.ExistingNames}).
 */
public final class ModelFromCatalog {
  private final Dialect dialect;

  public ModelFromCatalog(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Builds a new model named {@code modelName}; the catalog itself is not changed. */
  public ImportedModel build(DbSchema schema, String modelName) {
    return build(schema, modelName, ImportProgress.NONE);
  }

  /** {@link #build(DbSchema, String)}, telling {@code progress} when the model and layout start. */
  public ImportedModel build(DbSchema schema, String modelName, ImportProgress progress) {
    progress.step(
        ImportStep.of(
            ImportStep.Phase.BUILDING_MODEL,
            "Building the model from " + schema.tables().size() + " table(s)"));
    List<ImportFinding> findings = new ArrayList<>();
    Set<String> joinTables = JoinTables.find(schema, findings);
    TableToEntity tables = new TableToEntity(findings);
    Map<String, EntityDraft> byTable = new LinkedHashMap<>();
    Set<String> classNames = new HashSet<>();
    for (DbTable t : schema.tables()) {
      if (joinTables.contains(t.id())) {
        continue;
      }
      String name = ImportedNames.unique(ImportedNames.className(t.name()), classNames);
      classNames.add(name);
      byTable.put(t.id(), tables.convert(t, name));
      if (t.primaryKey() == null) {
        findings.add(
            TableToEntity.finding(
                Severity.WARNING,
                t.name(),
                "has no primary key; its migrations export as they are, but JPA cannot map it"));
      }
    }
    List<Relationship> relationships =
        new RelationshipInference(schema, byTable, joinTables, findings).infer();
    List<EntityDraft> drafts = new ArrayList<>(byTable.values());
    progress.step(
        ImportStep.of(
            ImportStep.Phase.LAYING_OUT,
            "Laying out "
                + drafts.size()
                + " entities and "
                + relationships.size()
                + " relationship(s)"));
    Map<String, Bounds> bounds = ImportLayout.arrange(drafts, relationships);

    Model model = Model.empty(modelName, dialect, basePackage(modelName));
    List<Command> steps = new ArrayList<>();
    if (needsQuoting(schema, findings)) {
      steps.add(
          new ChangeSchemaSettingsCommand(
              new ChangeSchemaSettingsCommand.Settings(
                  modelName,
                  dialect,
                  model.schema().basePackage(),
                  new NamingConvention(
                      NamingConvention.DEFAULT.tableNumber(),
                      NamingConvention.DEFAULT.timestampsWithTimeZone(),
                      true),
                  model.schema().generateRepositories(),
                  model.schema().generateJooq())));
    }
    for (EntityDraft d : drafts) {
      steps.add(
          AddEntityCommand.imported(
              d.entityId(),
              d.name(),
              d.table().name(),
              d.table().comment(),
              d.attributes(),
              d.indexes(),
              d.uniques(),
              d.checks(),
              bounds.get(d.entityId())));
    }
    relationships.forEach(r -> steps.add(new AddRelationshipOnKeysCommand(r)));
    // One step: the window applies an import as a single undoable change.
    new CommandStack(model).execute(new CompositeCommand("Import " + modelName, steps));
    return new ImportedModel(model, findings);
  }

  /**
   * Names that are reserved words of the dialect can only have been created quoted; the model then
   * quotes every identifier, as the project's own scripts had to.
   */
  private boolean needsQuoting(DbSchema schema, List<ImportFinding> findings) {
    DialectFacts facts = DialectFacts.of(dialect);
    List<String> reserved = new ArrayList<>();
    for (DbTable t : schema.tables()) {
      if (facts.isReserved(t.name())) {
        reserved.add(t.name());
      }
      for (DbColumn c : t.columns()) {
        if (facts.isReserved(c.name())) {
          reserved.add(t.name() + "." + c.name());
        }
      }
    }
    if (reserved.isEmpty()) {
      return false;
    }
    findings.add(
        TableToEntity.finding(
            Severity.INFO,
            null,
            "reserved words of "
                + dialect.cliName()
                + " are used as names ("
                + String.join(", ", reserved)
                + "); the model quotes identifiers, as the project's scripts must"));
    return true;
  }

  /** {@code com.example.<model name>}: a placeholder the user is expected to change. */
  private static String basePackage(String modelName) {
    String part = modelName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) {
      return "com.example";
    }
    return "com.example." + part;
  }
}
