package io.schemaforge.codegen.importer.jpa;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.importer.ImportedModel;
import io.schemaforge.codegen.importer.jpa.JpaRelationship.Kind;
import io.schemaforge.command.AddAttributeCommand;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.Command;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Ids;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A model from entity sources alone (a project without migrations): one entity per {@code @Entity}
 * class, named after the class, with its fields as attributes and its associations as relationships
 * whose navigation names are the fields. Built through commands, like any edit.
 *
 * <p>What the model cannot hold is reported, not dropped silently: element collections, composite
 * foreign keys and fields of types JPA does not map by itself.
 */
public final class EntitiesToModel {
  private final Dialect dialect;

  public EntitiesToModel(Dialect dialect) {
    this.dialect = dialect;
  }

  public ImportedModel build(JpaModel jpa, String name) {
    Model model = Model.empty(name, dialect, basePackage(jpa));
    List<ImportFinding> findings = new ArrayList<>(jpa.findings());
    Map<String, String> entityIds = new HashMap<>();
    for (JpaEntity e : jpa.entities()) {
      Entity entity = new Entity(Ids.newId("ent"), e.className(), e.tableName());
      run(model, new AddEntityCommand(entity, -1, null));
      entityIds.put(e.className(), entity.id());
      Set<String> relationshipColumns = singleJoinColumns(e);
      for (JpaColumn c : e.columns()) {
        if (!relationshipColumns.contains(c.name())) {
          attribute(c, e, findings)
              .ifPresent(a -> run(model, new AddAttributeCommand(entity.id(), -1, a)));
        }
      }
    }
    for (JpaEntity e : jpa.entities()) {
      for (JpaRelationship r : e.relationships()) {
        if (r.owning()) {
          relationship(model, jpa, e, r, entityIds, findings);
        }
      }
    }
    for (JpaLinkTable l : jpa.linkTables()) {
      if (jpa.entities().stream()
          .flatMap(e -> e.relationships().stream())
          .noneMatch(r -> r.joinTable() != null && r.joinTable().name().equals(l.name()))) {
        findings.add(
            new ImportFinding(
                Severity.INFO,
                l.position().file(),
                l.position().line(),
                l.name(),
                "element collection "
                    + l.ownerClass()
                    + "."
                    + l.fieldName()
                    + " (table "
                    + l.name()
                    + ") is not part of the model: the model has no element collections"));
      }
    }
    FindingsAsIssues.record(model, findings);
    return new ImportedModel(model, findings);
  }

  private static String basePackage(JpaModel jpa) {
    return jpa.entities().stream()
        .map(JpaEntity::qualifiedName)
        .filter(q -> q.contains("."))
        .map(q -> q.substring(0, q.lastIndexOf('.')))
        .findFirst()
        .orElse("com.example");
  }

  /** Join columns a relationship of the model will create (single-column keys only). */
  private static Set<String> singleJoinColumns(JpaEntity e) {
    Set<String> out = new HashSet<>();
    for (JpaRelationship r : e.relationships()) {
      if (r.owning()
          && (r.kind() == Kind.MANY_TO_ONE || r.kind() == Kind.ONE_TO_ONE)
          && r.joinColumns().size() == 1) {
        out.addAll(r.joinColumns());
      }
    }
    return out;
  }

  static Optional<Attribute> attribute(JpaColumn c, JpaEntity owner, List<ImportFinding> findings) {
    LogicalType type = JavaTypeMapping.logical(c);
    if (type == null) {
      findings.add(
          new ImportFinding(
              Severity.INFO,
              c.position().file(),
              c.position().line(),
              owner.tableName() + "." + c.name(),
              "field "
                  + c.fieldName()
                  + " has type "
                  + c.javaType()
                  + (c.converted() ? " with a converter" : "")
                  + ", which the model has no type for: imported as a string"));
      type = LogicalType.STRING;
    }
    boolean primitive = Character.isLowerCase(c.javaType().charAt(0));
    return Optional.of(
        Attribute.builder(Ids.newId("att"), attributeName(c.fieldName()), c.name(), type)
            .sourceName(c.fieldName())
            .length(type == LogicalType.STRING ? length(c) : null)
            .precision(type == LogicalType.DECIMAL ? c.precision() : null)
            .scale(type == LogicalType.DECIMAL ? c.scale() : null)
            .primaryKey(c.id())
            .identity(c.generated())
            .nullable(c.nullable() && !primitive && !c.id())
            .unique(c.unique())
            .enumValues(type == LogicalType.ENUM ? c.enumValues() : List.of())
            .build());
  }

  private static Integer length(JpaColumn c) {
    if (c.length() != null) {
      return c.length();
    }
    return c.javaType().startsWith("char") || c.javaType().equals("Character") ? 1 : 255;
  }

  /** {@code billing.city} (an embedded field) becomes {@code billingCity}. */
  static String attributeName(String fieldPath) {
    String[] parts = fieldPath.split("\\.");
    StringBuilder b = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      b.append(Names.upperCamel(parts[i]));
    }
    return b.toString();
  }

  private static void relationship(
      Model model,
      JpaModel jpa,
      JpaEntity owner,
      JpaRelationship r,
      Map<String, String> entityIds,
      List<ImportFinding> findings) {
    String ownerId = entityIds.get(owner.className());
    String targetId = entityIds.get(r.targetClass());
    String inverse = inverseField(jpa, owner, r).orElse(null);
    boolean toOne = r.kind() == Kind.MANY_TO_ONE || r.kind() == Kind.ONE_TO_ONE;
    if (toOne && r.joinColumns().size() != 1) {
      findings.add(
          new ImportFinding(
              Severity.INFO,
              r.position().file(),
              r.position().line(),
              owner.tableName(),
              owner.className()
                  + "."
                  + r.fieldName()
                  + " uses "
                  + r.joinColumns().size()
                  + " join columns; kept as attributes, without a relationship"));
      return;
    }
    if (toOne) {
      // the referenced entity is the model's source, the one holding the key its target
      RelationshipKind kind =
          r.kind() == Kind.ONE_TO_ONE ? RelationshipKind.ONE_TO_ONE : RelationshipKind.ONE_TO_MANY;
      Relationship template =
          new Relationship(
              Ids.newId("rel"),
              kind,
              targetId,
              ownerId,
              List.of(),
              null,
              inverse,
              r.fieldName(),
              !r.optional(),
              OnDelete.NO_ACTION);
      run(model, new AddRelationshipCommand(template));
      JpaColumn column = owner.column(r.joinColumns().get(0)).orElseThrow();
      adoptForeignKey(model, template.id(), ownerId, column);
    } else if (r.kind() == Kind.ONE_TO_MANY && r.joinTable() == null) {
      Relationship template =
          new Relationship(
              Ids.newId("rel"),
              RelationshipKind.ONE_TO_MANY,
              ownerId,
              targetId,
              List.of(),
              null,
              r.fieldName(),
              null,
              false,
              OnDelete.NO_ACTION);
      run(model, new AddRelationshipCommand(template));
      JpaEntity target = jpa.entity(r.targetClass()).orElseThrow();
      target
          .column(r.joinColumns().get(0))
          .ifPresent(c -> adoptForeignKey(model, template.id(), targetId, c));
    } else {
      List<JpaColumn> cols = r.joinTable().columns();
      JoinTable jt =
          new JoinTable(r.joinTable().name(), cols.get(0).name(), cols.get(cols.size() - 1).name());
      run(
          model,
          new AddRelationshipCommand(
              new Relationship(
                  Ids.newId("rel"),
                  RelationshipKind.MANY_TO_MANY,
                  ownerId,
                  targetId,
                  List.of(),
                  jt,
                  r.fieldName(),
                  inverse,
                  false,
                  OnDelete.NO_ACTION)));
    }
  }

  /** The foreign key the relationship made takes the column name, flags and role of the source. */
  private static void adoptForeignKey(
      Model model, String relationshipId, String entityId, JpaColumn column) {
    Relationship made = model.schema().requireRelationship(relationshipId);
    Entity holder = model.schema().requireEntity(entityId);
    Attribute fk = holder.attribute(made.foreignKeyAttributeIds().get(0)).orElseThrow();
    Attribute.Builder b = fk.toBuilder().columnName(column.name()).sourceName(column.fieldName());
    if (column.id()) {
      b.primaryKey(true).nullable(false);
    }
    run(model, new ChangeAttributeCommand(entityId, b.build()));
  }

  private static Optional<String> inverseField(JpaModel jpa, JpaEntity owner, JpaRelationship r) {
    return jpa.entity(r.targetClass()).stream()
        .flatMap(t -> t.relationships().stream())
        .filter(
            other ->
                r.fieldName().equals(other.mappedBy())
                    && other.targetClass().equals(owner.className()))
        .map(JpaRelationship::fieldName)
        .findFirst();
  }

  private static void run(Model model, Command c) {
    c.execute(model);
  }
}
