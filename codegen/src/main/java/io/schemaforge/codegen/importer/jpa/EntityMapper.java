package io.schemaforge.codegen.importer.jpa;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.jpa.SourceIndex.SourceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps one {@code @Entity} class to its table: the fields of its {@code @MappedSuperclass}es first,
 * embedded objects flattened, ids, versions and basic columns; associations are handed to {@link
 * AssociationMapper}.
 */
final class EntityMapper {
  private final SourceIndex index;
  private final AnnotationValues values;
  private final List<ImportFinding> findings;
  private final AssociationMapper associations;
  private final JpaNaming naming;
  private final Map<String, List<JpaColumn>> primaryKeys = new HashMap<>();

  EntityMapper(
      SourceIndex index, AnnotationValues values, List<ImportFinding> findings, JpaNaming naming) {
    this.index = index;
    this.naming = naming;
    this.values = values;
    this.findings = findings;
    this.associations = new AssociationMapper(this, index, values);
  }

  /** What the entities map, with join and collection tables and cross-table join columns. */
  JpaModel map() {
    List<JpaEntity> entities = new ArrayList<>();
    List<JpaLinkTable> links = new ArrayList<>();
    Map<String, List<JpaColumn>> foreign = new LinkedHashMap<>();
    for (SourceType t : index.all()) {
      if (isEntity(t)) {
        entities.add(map(t, links, foreign));
      }
    }
    // a unidirectional @OneToMany with @JoinColumn puts its key into the target's table
    List<JpaEntity> result = new ArrayList<>();
    for (JpaEntity e : entities) {
      List<JpaColumn> extra = foreign.getOrDefault(e.qualifiedName(), List.of());
      if (extra.isEmpty()) {
        result.add(e);
        continue;
      }
      Map<String, JpaColumn> cols = new LinkedHashMap<>();
      e.columns().forEach(c -> cols.put(c.name(), c));
      extra.forEach(c -> cols.putIfAbsent(c.name(), c));
      result.add(
          new JpaEntity(
              e.className(),
              e.qualifiedName(),
              e.tableName(),
              List.copyOf(cols.values()),
              e.idColumns(),
              e.relationships(),
              e.position()));
    }
    return new JpaModel(result, dedupe(links), findings);
  }

  private static List<JpaLinkTable> dedupe(List<JpaLinkTable> links) {
    Map<String, JpaLinkTable> byName = new LinkedHashMap<>();
    links.forEach(l -> byName.putIfAbsent(l.name(), l));
    return List.copyOf(byName.values());
  }

  JpaNaming naming() {
    return naming;
  }

  boolean isEntity(SourceType t) {
    return PersistenceAnnotations.has(t.declaration().getAnnotations(), "Entity", t.unit());
  }

  private JpaEntity map(
      SourceType type, List<JpaLinkTable> links, Map<String, List<JpaColumn>> foreign) {
    Map<String, JpaColumn> columns = new LinkedHashMap<>();
    List<JpaRelationship> relationships = new ArrayList<>();
    for (SourceType level : hierarchy(type)) {
      for (PersistentMember m : PersistentMember.declaredBy(level)) {
        if (associations.isAssociation(m)) {
          associations.map(type, m, columns, relationships, links, foreign);
        } else if (m.has("ElementCollection")) {
          links.add(associations.collectionTable(type, m));
        } else {
          columns(m, m.name(), Map.of(), false).forEach(c -> merge(columns, c));
        }
      }
    }
    superclass(type)
        .filter(this::isEntity)
        .ifPresent(
            parent ->
                findings.add(
                    new ImportFinding(
                        ImportFinding.Severity.WARNING,
                        type.file(),
                        type.position(type.declaration().getName()).line(),
                        null,
                        type.simpleName()
                            + " extends the entity "
                            + parent.simpleName()
                            + ": entity inheritance (@Inheritance) is not read yet, so its"
                            + " table is taken to hold only its own fields")));
    List<String> ids =
        columns.values().stream().filter(JpaColumn::id).map(JpaColumn::name).toList();
    return new JpaEntity(
        type.simpleName(),
        type.qualifiedName(),
        tableName(type),
        List.copyOf(columns.values()),
        ids,
        relationships,
        type.position(type.declaration().getName()));
  }

  /** A join column that repeats a basic column (insertable = false) adds nothing but its role. */
  static void merge(Map<String, JpaColumn> columns, JpaColumn c) {
    JpaColumn old = columns.get(c.name());
    if (old == null) {
      columns.put(c.name(), c);
    } else if (c.joinColumn() && !old.joinColumn()) {
      columns.put(
          c.name(),
          new JpaColumn(
              old.name(),
              old.fieldName(),
              old.javaType(),
              old.length(),
              old.precision(),
              old.scale(),
              old.nullable() && c.nullable(),
              old.unique(),
              old.id() || c.id(),
              old.generated(),
              old.version(),
              old.lob(),
              old.converted(),
              old.enumType(),
              old.enumValues(),
              true,
              old.position()));
    }
  }

  /** The class and its mapped superclasses, the topmost first. */
  List<SourceType> hierarchy(SourceType type) {
    List<SourceType> chain = new ArrayList<>();
    SourceType current = type;
    while (current != null && chain.size() < 32) {
      chain.add(0, current);
      current = superclass(current).filter(this::isMappedSuperclass).orElse(null);
    }
    return chain;
  }

  private boolean isMappedSuperclass(SourceType t) {
    return PersistenceAnnotations.has(
        t.declaration().getAnnotations(), "MappedSuperclass", t.unit());
  }

  private Optional<SourceType> superclass(SourceType t) {
    if (t.declaration() instanceof ClassOrInterfaceDeclaration c
        && !c.getExtendedTypes().isEmpty()) {
      ClassOrInterfaceType parent = c.getExtendedTypes().get(0);
      return index.resolve(parent.getNameWithScope(), t);
    }
    return Optional.empty();
  }

  String entityName(SourceType type) {
    return PersistenceAnnotations.find(type.declaration().getAnnotations(), "Entity", type.unit())
        .map(a -> values.string(a, "name", type))
        .orElse(type.simpleName());
  }

  String tableName(SourceType type) {
    String explicit =
        PersistenceAnnotations.find(type.declaration().getAnnotations(), "Table", type.unit())
            .map(a -> values.string(a, "name", type))
            .orElse(null);
    return naming.physical(explicit != null ? explicit : entityName(type));
  }

  /** The primary key columns of an entity, looked at without mapping its associations. */
  List<JpaColumn> primaryKey(SourceType type) {
    // asked once per join column that references the type: remembered
    return primaryKeys.computeIfAbsent(type.qualifiedName(), k -> readPrimaryKey(type));
  }

  private List<JpaColumn> readPrimaryKey(SourceType type) {
    List<JpaColumn> pk = new ArrayList<>();
    for (SourceType level : hierarchy(type)) {
      for (PersistentMember m : PersistentMember.declaredBy(level)) {
        if ((m.has("Id") || m.has("EmbeddedId")) && !associations.isAssociation(m)) {
          pk.addAll(columns(m, m.name(), Map.of(), true));
        }
      }
    }
    return pk;
  }

  /**
   * The columns of a basic or embedded member.
   *
   * @param path the field path ({@code address.city} inside an embeddable)
   * @param overrides {@code @AttributeOverride}s from the embedding fields, by path
   */
  List<JpaColumn> columns(
      PersistentMember m, String path, Map<String, AnnotationExpr> overrides, boolean inId) {
    Optional<SourceType> embeddable =
        index.resolve(m.simpleType(), m.owner()).filter(this::isEmbeddable);
    if (m.has("Embedded") || m.has("EmbeddedId") || embeddable.isPresent()) {
      if (embeddable.isEmpty()) {
        findings.add(finding(m, "embedded type " + m.simpleType() + " is not in the sources"));
        return List.of();
      }
      Map<String, AnnotationExpr> nested = new HashMap<>(overrides);
      nested.putAll(attributeOverrides(m, path));
      boolean id = inId || m.has("EmbeddedId");
      List<JpaColumn> out = new ArrayList<>();
      for (SourceType level : hierarchy(embeddable.get())) {
        for (PersistentMember inner : PersistentMember.declaredBy(level)) {
          out.addAll(columns(inner, path + "." + inner.name(), nested, id));
        }
      }
      return out;
    }
    return List.of(basic(m, path, overrides.get(path), inId));
  }

  private boolean isEmbeddable(SourceType t) {
    return PersistenceAnnotations.has(t.declaration().getAnnotations(), "Embeddable", t.unit());
  }

  private Map<String, AnnotationExpr> attributeOverrides(PersistentMember m, String path) {
    Map<String, AnnotationExpr> out = new HashMap<>();
    for (AnnotationExpr o : m.findRepeated("AttributeOverride", "AttributeOverrides")) {
      String name = values.string(o, "name", m.owner());
      PersistenceAnnotations.annotationsIn(o, "column").stream()
          .findFirst()
          .ifPresent(col -> out.put(path + "." + name, col));
    }
    return out;
  }

  private JpaColumn basic(PersistentMember m, String path, AnnotationExpr override, boolean inId) {
    SourceType o = m.owner();
    AnnotationExpr col = override != null ? override : m.find("Column").orElse(null);
    String name = col == null ? null : values.string(col, "name", o);
    Boolean nullable = col == null ? null : values.bool(col, "nullable", o);
    Boolean unique = col == null ? null : values.bool(col, "unique", o);
    boolean id = inId || m.has("Id");
    String enumType = enumType(m);
    boolean converted =
        m.has("Convert")
            || m.annotations().stream()
                .anyMatch(
                    a ->
                        a.getNameAsString().endsWith("Convert")
                            || a.getNameAsString().equals("Type"));
    return new JpaColumn(
        naming.physical(name != null ? name : m.name()),
        path,
        m.simpleType(),
        length(m, col),
        col == null ? null : values.integer(col, "precision", o),
        col == null ? null : values.integer(col, "scale", o),
        !id && (nullable == null || nullable) && !notNullByBasic(m),
        unique != null && unique,
        id,
        m.has("GeneratedValue"),
        m.has("Version"),
        m.has("Lob"),
        converted,
        enumType,
        enumType == null ? List.of() : enumConstants(m),
        false,
        m.position());
  }

  /** {@code @Column(length)}, else a bean validation {@code @Size(max)} (Hibernate uses it too). */
  private Integer length(PersistentMember m, AnnotationExpr col) {
    Integer explicit = col == null ? null : values.integer(col, "length", m.owner());
    if (explicit != null) {
      return explicit;
    }
    return m.annotations().stream()
        .filter(a -> a.getNameAsString().equals("Size") || a.getNameAsString().endsWith(".Size"))
        .findFirst()
        .map(a -> values.integer(a, "max", m.owner()))
        .orElse(null);
  }

  private boolean notNullByBasic(PersistentMember m) {
    return m.find("Basic")
        .map(b -> Boolean.FALSE.equals(values.bool(b, "optional", m.owner())))
        .orElse(false);
  }

  private List<String> enumConstants(PersistentMember m) {
    return index
        .resolve(m.simpleType(), m.owner())
        .filter(t -> t.declaration() instanceof EnumDeclaration)
        .map(
            t ->
                ((EnumDeclaration) t.declaration())
                    .getEntries().stream().map(c -> c.getNameAsString()).toList())
        .orElse(List.of());
  }

  private String enumType(PersistentMember m) {
    Optional<AnnotationExpr> e = m.find("Enumerated");
    if (e.isPresent()) {
      String v = values.constantName(e.get(), "value");
      return v == null ? "ORDINAL" : v;
    }
    boolean isEnum =
        index
            .resolve(m.simpleType(), m.owner())
            .map(t -> t.declaration() instanceof EnumDeclaration)
            .orElse(false);
    return isEnum ? "ORDINAL" : null;
  }

  ImportFinding finding(PersistentMember m, String message) {
    SourcePosition p = m.position();
    return new ImportFinding(
        ImportFinding.Severity.WARNING,
        p.file(),
        p.line(),
        m.owner().simpleName() + "." + m.name(),
        message);
  }

  Optional<SourceType> resolve(String name, SourceType from) {
    return index.resolve(name, from);
  }
}
