package io.schemaforge.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.PhysicalSchemaBuilder;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.model.Trait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every Java generator of one export shares: the schema, its tables exactly as the migrations
 * create them ({@link PhysicalSchemaBuilder}, constraint names included), each entity's {@link
 * EntityShape}, and the class names of everything generated.
 */
final class JavaModel {
  private final Schema schema;
  private final JavaNamingStrategy naming;
  private final String basePackage;
  private final Dialect dialect;
  private final DbSchema physical;
  private final Map<String, EntityShape> shapes = new LinkedHashMap<>();
  private final List<String> skipped = new ArrayList<>();

  JavaModel(Schema schema, JavaExportOptions options) {
    this.schema = schema;
    this.naming = options.naming();
    String pkg = options.basePackage() != null ? options.basePackage() : schema.basePackage();
    if (pkg == null || pkg.isBlank()) {
      throw new IllegalArgumentException(
          "Model '" + schema.name() + "' has no base package; set one to export Java sources");
    }
    this.basePackage = pkg.strip();
    this.dialect = options.dialect() != null ? options.dialect() : schema.dialect();
    this.physical = new PhysicalSchemaBuilder(dialect).build(schema);
    for (Entity e : schema.entities()) {
      if (e.primaryKey().isEmpty() && e.sourceName() != null) {
        // An imported table keeps its key as it is, none included (Spring Batch's
        // batch_job_execution_params); JPA cannot map a row it cannot identify, so its migrations
        // export, its Java class does not, and relationships to it stay plain columns
        // (addAssociations finds no shape for it).
        skipped.add(
            "no Java class for "
                + e.name()
                + " (table "
                + e.tableName()
                + "): it has no primary key, and JPA needs one to identify a row; its migrations"
                + " are exported");
        continue;
      }
      DbTable table = physical.table(e.id()).orElseThrow();
      shapes.put(e.id(), new EntityShape(e, table));
    }
    for (Relationship r : schema.relationships()) {
      addAssociations(r);
    }
  }

  /**
   * Turns a relationship into the ends that can be navigated. A to-one end needs the foreign key on
   * its side; a collection end of a one-to-many or one-to-one is mapped by that to-one end, so
   * without it (target not navigable) the foreign key stays a plain id field of the target.
   */
  private void addAssociations(Relationship r) {
    EntityShape source = shapes.get(r.sourceEntityId());
    EntityShape target = shapes.get(r.targetEntityId());
    if (source == null || target == null) {
      return; // validation reports the dangling relationship
    }
    String sNav = r.sourceNavigation();
    String tNav = r.targetNavigation();
    if (r.kind() == RelationshipKind.MANY_TO_MANY) {
      if (r.joinTable() == null || source.composite() || target.composite()) {
        // a join table holds one column per end: it cannot point at a composite key
        return;
      }
      if (sNav != null) {
        source.add(assoc(Association.Kind.MANY_TO_MANY_OWNER, sNav, target, tNav, r, null, true));
        if (tNav != null) {
          target.add(
              assoc(Association.Kind.MANY_TO_MANY_INVERSE, tNav, source, sNav, r, null, false));
        }
      } else if (tNav != null) {
        target.add(assoc(Association.Kind.MANY_TO_MANY_OWNER, tNav, source, null, r, null, false));
      }
      return;
    }
    if (tNav == null || r.foreignKeyAttributeIds().size() != 1) {
      return;
    }
    Attribute fk = target.entity().attribute(r.foreignKeyAttributeIds().get(0)).orElse(null);
    if (fk == null || (fk.primaryKey() && target.composite()) || source.composite()) {
      // A foreign key inside a composite key (Spring Session's session_primary_id) stays a plain
      // key column: as an association it would need a derived identity (@MapsId), and the
      // @IdClass would have to hold the other entity's id instead of the column's value.
      return;
    }
    boolean oneToOne = r.kind() == RelationshipKind.ONE_TO_ONE;
    target.add(
        assoc(
            oneToOne ? Association.Kind.ONE_TO_ONE_OWNER : Association.Kind.MANY_TO_ONE,
            tNav,
            source,
            sNav,
            r,
            fk,
            false));
    if (sNav != null) {
      source.add(
          assoc(
              oneToOne ? Association.Kind.ONE_TO_ONE_INVERSE : Association.Kind.ONE_TO_MANY,
              sNav,
              target,
              tNav,
              r,
              null,
              true));
    }
  }

  private static Association assoc(
      Association.Kind kind,
      String property,
      EntityShape other,
      String otherProperty,
      Relationship r,
      Attribute fk,
      boolean isSource) {
    return new Association(kind, property, other.entity(), otherProperty, r, fk, isSource);
  }

  Schema schema() {
    return schema;
  }

  JavaNamingStrategy naming() {
    return naming;
  }

  /** The database the migrations are written for. */
  Dialect dialect() {
    return dialect;
  }

  DbSchema physical() {
    return physical;
  }

  /** Why imported entities were left out of the Java export (no primary key), one sentence each. */
  List<String> skipped() {
    return List.copyOf(skipped);
  }

  Iterable<EntityShape> shapes() {
    return shapes.values();
  }

  EntityShape shape(Entity e) {
    return shapes.get(e.id());
  }

  String domainPackage() {
    return naming.domainPackage(basePackage);
  }

  String dtoPackage() {
    return naming.dtoPackage(basePackage);
  }

  String mapperPackage() {
    return naming.mapperPackage(basePackage);
  }

  String repositoryPackage() {
    return naming.repositoryPackage(basePackage);
  }

  ClassName entityClass(Entity e) {
    return ClassName.get(domainPackage(), naming.entityClass(e));
  }

  ClassName enumClass(Entity e, Attribute a) {
    return ClassName.get(domainPackage(), naming.enumClass(e, a));
  }

  ClassName traitSuperclass(Set<Trait> traits) {
    return ClassName.get(domainPackage(), naming.traitSuperclass(traits));
  }

  ClassName createDto(Entity e) {
    return ClassName.get(dtoPackage(), naming.createDto(e));
  }

  ClassName updateDto(Entity e) {
    return ClassName.get(dtoPackage(), naming.updateDto(e));
  }

  ClassName responseDto(Entity e) {
    return ClassName.get(dtoPackage(), naming.responseDto(e));
  }

  ClassName mapper(Entity e) {
    return ClassName.get(mapperPackage(), naming.mapper(e));
  }

  ClassName repository(Entity e) {
    return ClassName.get(repositoryPackage(), naming.repository(e));
  }

  /** An attribute's field type in the entity: primitive when NOT NULL, except for the id. */
  TypeName fieldType(Entity e, Attribute a) {
    ClassName enumType = a.type() == LogicalType.ENUM ? enumClass(e, a) : null;
    return JavaTypes.of(a.type(), a.nullable() || a.primaryKey(), enumType);
  }

  /** An attribute's type in a DTO: always boxed, so an absent value is visible to validation. */
  TypeName dtoType(Entity e, Attribute a) {
    ClassName enumType = a.type() == LogicalType.ENUM ? enumClass(e, a) : null;
    return JavaTypes.boxed(a.type(), enumType);
  }

  /**
   * The boxed type of an entity's id, as DTOs and repositories refer to it; the id class of a
   * composite key.
   */
  TypeName idType(Entity e) {
    EntityShape s = shape(e);
    return s.composite() ? idClass(e) : dtoType(e, s.id());
  }

  /** The {@code @IdClass} of an entity with a composite key. */
  ClassName idClass(Entity e) {
    return ClassName.get(domainPackage(), naming.idClass(e));
  }

  /** A table or column name as the mapping states it; quoted when the schema quotes names. */
  String sqlName(String name) {
    // Hibernate turns backticks into the dialect's own quotes.
    return schema.naming().quoteIdentifiers() ? "`" + name + "`" : name;
  }
}
