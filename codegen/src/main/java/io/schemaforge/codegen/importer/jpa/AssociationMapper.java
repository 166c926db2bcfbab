package io.schemaforge.codegen.importer.jpa;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import io.schemaforge.codegen.importer.jpa.JpaRelationship.Kind;
import io.schemaforge.codegen.importer.jpa.SourceIndex.SourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps association fields ({@code @ManyToOne}, {@code @OneToOne}, {@code @OneToMany},
 * {@code @ManyToMany}) and element collections to join columns and tables, naming what the source
 * leaves implicit the way Spring Boot's Hibernate setup does: a join column is {@code
 * <field>_<referenced column>}, a join table {@code <owning table>_<field>}
 * (SpringImplicitNamingStrategy), its columns {@code <mappedBy field or entity>_<id column>} and
 * {@code <field>_<target id column>}, a collection table {@code <entity>_<field>}.
 */
final class AssociationMapper {
  private final EntityMapper entities;
  private final AnnotationValues values;

  AssociationMapper(EntityMapper entities, SourceIndex index, AnnotationValues values) {
    this.entities = entities;
    this.values = values;
  }

  boolean isAssociation(PersistentMember m) {
    return kind(m) != null;
  }

  private static Kind kind(PersistentMember m) {
    for (Kind k : Kind.values()) {
      if (m.has(annotationName(k))) {
        return k;
      }
    }
    return null;
  }

  private static String annotationName(Kind k) {
    return switch (k) {
      case MANY_TO_ONE -> "ManyToOne";
      case ONE_TO_MANY -> "OneToMany";
      case ONE_TO_ONE -> "OneToOne";
      case MANY_TO_MANY -> "ManyToMany";
    };
  }

  void map(
      SourceType entity,
      PersistentMember m,
      Map<String, JpaColumn> columns,
      List<JpaRelationship> relationships,
      List<JpaLinkTable> links,
      Map<String, List<JpaColumn>> foreign) {
    Kind kind = kind(m);
    AnnotationExpr a = m.find(annotationName(kind)).orElseThrow();
    boolean toMany = kind == Kind.ONE_TO_MANY || kind == Kind.MANY_TO_MANY;
    String targetName =
        targetEntity(a)
            .orElse(toMany ? m.typeArgument(m.simpleType().equals("Map") ? 1 : 0) : m.simpleType());
    Optional<SourceType> target =
        entities.resolve(targetName, m.owner()).filter(entities::isEntity);
    if (target.isEmpty()) {
      values
          .findingsSink()
          .add(
              entities.finding(
                  m,
                  "association target "
                      + targetName
                      + " is not an @Entity in the sources; left out"));
      return;
    }
    String mappedBy = values.string(a, "mappedBy", m.owner());
    Boolean optionalFlag = values.bool(a, "optional", m.owner());
    boolean optional = optionalFlag == null || optionalFlag;
    List<String> joinColumnNames = new ArrayList<>();
    JpaLinkTable joinTable = null;
    if (mappedBy == null) {
      List<AnnotationExpr> jcs = m.findRepeated("JoinColumn", "JoinColumns");
      if (kind == Kind.MANY_TO_ONE || kind == Kind.ONE_TO_ONE) {
        if (!m.has("PrimaryKeyJoinColumn")) {
          for (JpaColumn c :
              joinColumnsOf(
                  m,
                  jcs,
                  m.name(),
                  target.get(),
                  m.has("Id") || m.has("MapsId"),
                  optional,
                  kind == Kind.ONE_TO_ONE)) {
            EntityMapper.merge(columns, c);
            joinColumnNames.add(c.name());
          }
        }
      } else if (kind == Kind.ONE_TO_MANY && !jcs.isEmpty()) {
        // the key lives in the target's table and references this entity
        List<JpaColumn> cols = joinColumnsOf(m, jcs, m.name(), entity, false, true, false);
        foreign.computeIfAbsent(target.get().qualifiedName(), k -> new ArrayList<>()).addAll(cols);
        cols.forEach(c -> joinColumnNames.add(c.name()));
      } else {
        joinTable = joinTable(entity, m, target.get(), kind);
        links.add(joinTable);
      }
    }
    boolean required =
        !optional
            || joinColumnNames.stream()
                .anyMatch(n -> !columns.containsKey(n) || !columns.get(n).nullable());
    relationships.add(
        new JpaRelationship(
            kind,
            m.name(),
            target.get().simpleName(),
            mappedBy,
            joinColumnNames,
            joinTable,
            !(kind == Kind.MANY_TO_ONE || kind == Kind.ONE_TO_ONE) || !required,
            m.position()));
  }

  private Optional<String> targetEntity(AnnotationExpr a) {
    return PersistenceAnnotations.member(a, "targetEntity")
        .filter(e -> e instanceof ClassExpr)
        .map(e -> ((ClassExpr) e).getType().asString());
  }

  /**
   * Columns referencing {@code referenced}'s primary key, one per key column unless given.
   *
   * @param prefix what an implicit name starts with (the field, or the entity for a join table)
   */
  private List<JpaColumn> joinColumnsOf(
      PersistentMember m,
      List<AnnotationExpr> given,
      String prefix,
      SourceType referenced,
      boolean id,
      boolean optional,
      boolean unique) {
    List<JpaColumn> pk = entities.primaryKey(referenced);
    List<JpaColumn> out = new ArrayList<>();
    int count = given.isEmpty() ? Math.max(1, pk.size()) : given.size();
    for (int i = 0; i < count; i++) {
      AnnotationExpr jc = given.isEmpty() ? null : given.get(i);
      String refName = jc == null ? null : values.string(jc, "referencedColumnName", m.owner());
      JpaColumn ref = referencedColumn(pk, refName, i);
      String refColumn = refName != null ? refName : ref != null ? ref.name() : "id";
      String name = jc == null ? null : values.string(jc, "name", m.owner());
      Boolean nullable = jc == null ? null : values.bool(jc, "nullable", m.owner());
      Boolean uniqueFlag = jc == null ? null : values.bool(jc, "unique", m.owner());
      out.add(
          new JpaColumn(
              entities.naming().physical(name != null ? name : prefix + "_" + refColumn),
              m.name(),
              ref == null ? "Long" : ref.javaType(),
              ref == null ? null : ref.length(),
              ref == null ? null : ref.precision(),
              ref == null ? null : ref.scale(),
              !id && optional && (nullable == null || nullable),
              (uniqueFlag != null && uniqueFlag) || (unique && count == 1),
              id,
              false,
              false,
              false,
              ref != null && ref.converted(),
              null,
              List.of(),
              true,
              m.position()));
    }
    return out;
  }

  private JpaColumn referencedColumn(List<JpaColumn> pk, String name, int i) {
    if (name != null) {
      String physical = entities.naming().physical(name);
      return pk.stream().filter(c -> c.name().equalsIgnoreCase(physical)).findFirst().orElse(null);
    }
    return i < pk.size() ? pk.get(i) : null;
  }

  private JpaLinkTable joinTable(
      SourceType owner, PersistentMember m, SourceType target, Kind kind) {
    Optional<AnnotationExpr> jt = m.find("JoinTable");
    String name = jt.map(a -> values.string(a, "name", m.owner())).orElse(null);
    String table =
        name != null
            ? entities.naming().physical(name)
            : entities
                .naming()
                .joinTable(entities.tableName(owner), m.name(), entities.tableName(target));
    List<AnnotationExpr> join =
        jt.map(a -> PersistenceAnnotations.annotationsIn(a, "joinColumns")).orElse(List.of());
    List<AnnotationExpr> inverse =
        jt.map(a -> PersistenceAnnotations.annotationsIn(a, "inverseJoinColumns"))
            .orElse(List.of());
    String ownerPrefix = inverseField(owner, m, target).orElse(entities.entityName(owner));
    List<JpaColumn> columns = new ArrayList<>();
    columns.addAll(joinColumnsOf(m, join, ownerPrefix, owner, true, false, false));
    columns.addAll(
        joinColumnsOf(m, inverse, m.name(), target, true, false, kind == Kind.ONE_TO_MANY));
    return new JpaLinkTable(table, owner.simpleName(), m.name(), columns, m.position());
  }

  /** The field of the target whose {@code mappedBy} names this one, for implicit column names. */
  private Optional<String> inverseField(SourceType owner, PersistentMember m, SourceType target) {
    for (SourceType level : entities.hierarchy(target)) {
      for (PersistentMember other : PersistentMember.declaredBy(level)) {
        for (String k : List.of("ManyToMany", "OneToMany")) {
          Optional<AnnotationExpr> a = other.find(k);
          if (a.isPresent() && m.name().equals(values.string(a.get(), "mappedBy", other.owner()))) {
            return Optional.of(other.name());
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The table of an {@code @ElementCollection}: the owner's key, then the key and value columns.
   */
  JpaLinkTable collectionTable(SourceType owner, PersistentMember m) {
    Optional<AnnotationExpr> ct = m.find("CollectionTable");
    String name = ct.map(a -> values.string(a, "name", m.owner())).orElse(null);
    String table =
        entities
            .naming()
            .physical(name != null ? name : entities.entityName(owner) + "_" + m.name());
    List<AnnotationExpr> join =
        ct.map(a -> PersistenceAnnotations.annotationsIn(a, "joinColumns")).orElse(List.of());
    List<JpaColumn> columns =
        new ArrayList<>(
            joinColumnsOf(m, join, entities.entityName(owner), owner, false, false, false));
    boolean map = m.simpleType().equals("Map");
    if (map) {
      Optional<AnnotationExpr> key = m.find("MapKeyColumn");
      String keyName = key.map(a -> values.string(a, "name", m.owner())).orElse(null);
      Boolean keyNullable = key.map(a -> values.bool(a, "nullable", m.owner())).orElse(null);
      columns.add(
          new JpaColumn(
              entities.naming().physical(keyName != null ? keyName : m.name() + "_KEY"),
              m.name(),
              m.typeArgument(0),
              key.map(a -> values.integer(a, "length", m.owner())).orElse(null),
              null,
              null,
              keyNullable == null || keyNullable,
              false,
              false,
              false,
              false,
              false,
              false,
              null,
              List.of(),
              false,
              m.position()));
    }
    String element = m.typeArgument(map ? 1 : 0);
    columns.addAll(elementColumns(m, element));
    return new JpaLinkTable(table, owner.simpleName(), m.name(), columns, m.position());
  }

  private List<JpaColumn> elementColumns(PersistentMember m, String element) {
    // the value column is mapped by the collection field's own @Column, typed as the element
    com.github.javaparser.ast.type.Type type =
        element == null ? m.type() : com.github.javaparser.StaticJavaParser.parseType(element);
    PersistentMember asValue =
        new PersistentMember(m.name(), type, withoutId(m), m.node(), m.owner());
    return entities.columns(asValue, m.name(), Map.of(), false);
  }

  private static List<AnnotationExpr> withoutId(PersistentMember m) {
    List<AnnotationExpr> out = new ArrayList<>();
    for (AnnotationExpr a : m.annotations()) {
      if (!a.getNameAsString().endsWith("Id")) {
        out.add(a);
      }
    }
    return out;
  }
}
