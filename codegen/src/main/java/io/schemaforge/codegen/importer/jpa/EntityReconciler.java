package io.schemaforge.codegen.importer.jpa;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportedModel;
import io.schemaforge.codegen.importer.jpa.JpaRelationship.Kind;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One model from a project that has both migrations and entities: the model the catalog gives
 * (tables, keys and types as the database has them) takes the class names, field names and
 * navigation names of the sources, matched by table and column name; where the two disagree the
 * drift is reported with the model's findings and kept in the model (warnings), so the Problems
 * panel shows it.
 */
public final class EntityReconciler {

  /**
   * @param fromCatalog the model built from {@code catalog} (ModelFromCatalog); changed in place,
   *     through commands
   * @param catalog what the migrations produce
   */
  public ImportedModel reconcile(ImportedModel fromCatalog, JpaModel jpa, DbSchema catalog) {
    Model model = fromCatalog.model();
    for (Entity e : List.copyOf(model.schema().entities())) {
      jpa.entityForTable(e.tableName()).ifPresent(je -> enrichEntity(model, e.id(), je));
    }
    for (Relationship r : List.copyOf(model.schema().relationships())) {
      navigation(model, jpa, r).ifPresent(n -> new ChangeRelationshipCommand(n).execute(model));
    }
    List<ImportFinding> findings = new ArrayList<>(fromCatalog.findings());
    findings.addAll(jpa.findings());
    List<ImportFinding> drift = new EntityDrift().compare(jpa, catalog);
    findings.addAll(drift);
    FindingsAsIssues.record(model, drift);
    return new ImportedModel(model, findings);
  }

  private static void enrichEntity(Model model, String entityId, JpaEntity source) {
    Entity e = model.schema().requireEntity(entityId);
    boolean nameTaken =
        model
            .schema()
            .entityByName(source.className())
            .filter(o -> !o.id().equals(entityId))
            .isPresent();
    if (!nameTaken && !e.name().equals(source.className())) {
      new RenameEntityCommand(entityId, source.className(), null).execute(model);
    }
    Set<String> used = new HashSet<>();
    e.attributes().forEach(a -> used.add(a.name()));
    for (Attribute a : List.copyOf(e.attributes())) {
      Optional<JpaColumn> c = source.column(a.columnName()).filter(col -> !col.joinColumn());
      if (c.isEmpty()) {
        continue;
      }
      String field = EntitiesToModel.attributeName(c.get().fieldName());
      if (!field.equals(a.name()) && !used.contains(field)) {
        used.remove(a.name());
        used.add(field);
        new ChangeAttributeCommand(entityId, a.toBuilder().name(field).build()).execute(model);
      }
    }
  }

  /** The relationship with the sources' navigation names, when the sources map it. */
  private static Optional<Relationship> navigation(Model model, JpaModel jpa, Relationship r) {
    Entity source = model.schema().requireEntity(r.sourceEntityId());
    Entity target = model.schema().requireEntity(r.targetEntityId());
    Optional<JpaEntity> js = jpa.entityForTable(source.tableName());
    Optional<JpaEntity> jt = jpa.entityForTable(target.tableName());
    if (js.isEmpty() || jt.isEmpty()) {
      return Optional.empty();
    }
    if (r.kind() == RelationshipKind.MANY_TO_MANY) {
      return manyToMany(r, js.get(), jt.get());
    }
    List<String> keyColumns =
        r.foreignKeyAttributeIds().stream()
            .map(id -> target.attribute(id).map(Attribute::columnName).orElse(id))
            .map(String::toLowerCase)
            .toList();
    // the usual case: the entity holding the key has a to-one field over these columns
    for (JpaRelationship owning : jt.get().relationships()) {
      if ((owning.kind() == Kind.MANY_TO_ONE || owning.kind() == Kind.ONE_TO_ONE)
          && owning.owning()
          && lower(owning.joinColumns()).equals(keyColumns)
          && owning.targetClass().equals(js.get().className())) {
        String inverse = inverse(js.get(), owning.fieldName(), jt.get().className());
        return Optional.of(r.withNavigation(inverse, owning.fieldName()));
      }
    }
    // a unidirectional @OneToMany with @JoinColumn: only the "one" side navigates
    for (JpaRelationship owning : js.get().relationships()) {
      if (owning.kind() == Kind.ONE_TO_MANY
          && owning.owning()
          && owning.joinTable() == null
          && lower(owning.joinColumns()).equals(keyColumns)
          && owning.targetClass().equals(jt.get().className())) {
        return Optional.of(r.withNavigation(owning.fieldName(), null));
      }
    }
    return Optional.empty();
  }

  private static Optional<Relationship> manyToMany(
      Relationship r, JpaEntity source, JpaEntity target) {
    if (r.joinTable() == null) {
      return Optional.empty();
    }
    for (JpaEntity owner : List.of(source, target)) {
      for (JpaRelationship m : owner.relationships()) {
        if (m.joinTable() != null
            && m.joinTable().name().equalsIgnoreCase(r.joinTable().tableName())) {
          JpaEntity other = owner == source ? target : source;
          String inverse = inverse(other, m.fieldName(), owner.className());
          return Optional.of(
              owner == source
                  ? r.withNavigation(m.fieldName(), inverse)
                  : r.withNavigation(inverse, m.fieldName()));
        }
      }
    }
    return Optional.empty();
  }

  /** The field of {@code entity} mapped by {@code owningField} of {@code ownerClass}, or null. */
  private static String inverse(JpaEntity entity, String owningField, String ownerClass) {
    return entity.relationships().stream()
        .filter(x -> owningField.equals(x.mappedBy()) && x.targetClass().equals(ownerClass))
        .map(JpaRelationship::fieldName)
        .findFirst()
        .orElse(null);
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(String::toLowerCase).toList();
  }
}
