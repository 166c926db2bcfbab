package io.schemaforge.codegen.java;

import static io.schemaforge.codegen.java.DefaultJavaNamingStrategy.capitalize;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Trait;
import io.schemaforge.model.TraitColumns;
import io.schemaforge.model.TraitColumns.TraitColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The {@code @Entity} class of one entity: explicit {@code @Table} and {@code @Column}s, the id,
 * associations, the version, accessors, and {@code equals} / {@code hashCode} / {@code toString}.
 */
final class EntityGenerator {
  private final JavaModel model;
  private final ColumnMappings columns;
  private final AssociationMembers associations;

  EntityGenerator(JavaModel model) {
    this.model = model;
    this.columns = new ColumnMappings(model);
    this.associations = new AssociationMembers(model, columns);
  }

  JavaFile generate(EntityShape shape) {
    Entity e = shape.entity();
    ClassName self = model.entityClass(e);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(ColumnMappings.marker(Jakarta.ENTITY))
            .addAnnotation(columns.table(shape.table()));
    if (shape.composite()) {
      type.addAnnotation(
          AnnotationSpec.builder(Jakarta.ID_CLASS)
              .addMember("value", "$T.class", model.idClass(e))
              .build());
    }
    if (e.comment() != null && !e.comment().isBlank()) {
      type.addJavadoc("$L\n", e.comment().strip());
    }
    if (!shape.superclassTraits().isEmpty()) {
      type.superclass(model.traitSuperclass(shape.superclassTraits()));
    }
    // The model's attribute order, with a foreign key replaced by its association.
    List<String> toStringFields = new ArrayList<>();
    for (Attribute a : e.attributes()) {
      Optional<Association> owner = shape.associationOf(a);
      if (owner.isPresent()) {
        associations.addTo(type, shape, owner.get());
      } else {
        addBasic(type, shape, a);
        if (inToString(a)) {
          toStringFields.add(a.name());
        }
      }
    }
    if (shape.versioned()) {
      addVersion(type);
    }
    for (Association a : shape.associations()) {
      if (!a.isToOneOwner()) {
        associations.addTo(type, shape, a);
      }
    }
    type.addMethod(equalsMethod(self, shape.key()));
    type.addMethod(hashCodeMethod(self));
    // Columns only: touching a lazy association in toString would load it (or fail outside a
    // session).
    type.addMethod(ToStringMethod.of(self, toStringFields));
    return JavaFile.builder(model.domainPackage(), type.build()).skipJavaLangImports(true).build();
  }

  /** Secrets and large values stay out of logs. */
  private static boolean inToString(Attribute a) {
    LogicalType t = a.type();
    return !a.sensitive()
        && t != LogicalType.BYTES
        && t != LogicalType.TEXT
        && t != LogicalType.JSON;
  }

  private void addBasic(TypeSpec.Builder type, EntityShape shape, Attribute a) {
    Entity e = shape.entity();
    TypeName t = model.fieldType(e, a);
    FieldSpec.Builder f = FieldSpec.builder(t, a.name(), Modifier.PRIVATE);
    if (a.comment() != null && !a.comment().isBlank()) {
      f.addJavadoc("$L\n", a.comment().strip());
    }
    if (a.primaryKey()) {
      f.addAnnotation(ColumnMappings.marker(Jakarta.ID));
      AnnotationSpec generated = ColumnMappings.generatedValue(a);
      if (generated != null) {
        f.addAnnotation(generated);
      }
    }
    if (a.type() == LogicalType.ENUM) {
      f.addAnnotation(ColumnMappings.enumerated());
    }
    AnnotationSpec jdbcType = columns.jdbcType(a);
    if (jdbcType != null) {
      f.addAnnotation(jdbcType);
    }
    f.addAnnotation(columns.column(shape.table(), a));
    ClassName enumType = a.type() == LogicalType.ENUM ? model.enumClass(e, a) : null;
    boolean generated = ColumnMappings.isGeneratedId(a);
    if (!generated) {
      DefaultValues.initializer(a, enumType).ifPresent(f::initializer);
    }
    type.addField(f.build());
    type.addMethod(Accessors.getter(t, a.name()));
    // A generated id is the provider's or the database's to set; an assigned one needs a setter.
    if (!generated) {
      type.addMethod(Accessors.setter(t, a.name()));
    }
  }

  private void addVersion(TypeSpec.Builder type) {
    TraitColumn tc =
        TraitColumns.ALL.stream().filter(c -> c.trait() == Trait.VERSION).findFirst().orElseThrow();
    TypeName t = JavaTypes.of(tc.typeOf(model.schema().naming()), tc.nullable(), null);
    type.addField(
        FieldSpec.builder(t, tc.field(), Modifier.PRIVATE)
            .addJavadoc("Optimistic locking: Hibernate increments it on every update.\n")
            .addAnnotation(ColumnMappings.marker(Jakarta.VERSION))
            .addAnnotation(InlineAnnotations.inline(columns.columnBase(tc.column(), tc.nullable())))
            .build());
    type.addMethod(Accessors.getter(t, tc.field()));
  }

  /**
   * Equal when both have the same non-null id (every part of a composite one). {@code instanceof}
   * and the getter (not the field) make it work with Hibernate's lazy proxies, which are subclasses
   * whose fields stay empty; two new entities without ids are equal only to themselves.
   */
  private static MethodSpec equalsMethod(ClassName self, List<Attribute> key) {
    CodeBlock.Builder same = CodeBlock.builder();
    for (int i = 0; i < key.size(); i++) {
      String getter = "get" + capitalize(key.get(i).name());
      same.add(
          "$L$N() != null && $N().equals((($T) other).$N())",
          i == 0 ? "" : "\n && ",
          getter,
          getter,
          self,
          getter);
    }
    return EqualsMethod.of(self, false, same.build());
  }

  /**
   * One hash per class: the id changes from null to a value when the entity is persisted, and a
   * hash that followed it would lose the entity inside a {@code HashSet}.
   */
  private static MethodSpec hashCodeMethod(ClassName self) {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.class.hashCode()", self)
        .build();
  }
}
