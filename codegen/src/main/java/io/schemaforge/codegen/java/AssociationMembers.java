package io.schemaforge.codegen.java;

import static io.schemaforge.codegen.java.DefaultJavaNamingStrategy.capitalize;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.Attribute;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The fields and methods of an entity's associations: a lazy to-one on the side holding the foreign
 * key, {@code mappedBy} on the other side, and {@code add...} / {@code remove...} helpers (or a
 * setter for a one-to-one) that keep both sides of a bidirectional association in step.
 */
final class AssociationMembers {
  private final JavaModel model;
  private final ColumnMappings columns;

  AssociationMembers(JavaModel model, ColumnMappings columns) {
    this.model = model;
    this.columns = columns;
  }

  /** Adds the association's field and its accessors and helpers to the entity class. */
  void addTo(TypeSpec.Builder type, EntityShape shape, Association a) {
    switch (a.kind()) {
      case MANY_TO_ONE:
      case ONE_TO_ONE_OWNER:
        toOneOwner(type, shape, a);
        break;
      case ONE_TO_ONE_INVERSE:
        oneToOneInverse(type, a);
        break;
      case ONE_TO_MANY:
      case MANY_TO_MANY_OWNER:
      case MANY_TO_MANY_INVERSE:
        collection(type, shape, a);
        break;
      default:
        throw new IllegalStateException("unknown association kind " + a.kind());
    }
  }

  private void toOneOwner(TypeSpec.Builder type, EntityShape shape, Association a) {
    ClassName other = model.entityClass(a.other());
    Attribute fk = a.foreignKey();
    DbTable table = shape.table();
    boolean nullable = table.column(fk.id()).orElseThrow().nullable();
    boolean oneToOne = a.kind() == Association.Kind.ONE_TO_ONE_OWNER;
    AnnotationSpec relation =
        AnnotationSpec.builder(oneToOne ? Jakarta.ONE_TO_ONE : Jakarta.MANY_TO_ONE)
            .addMember("fetch", "$T.LAZY", Jakarta.FETCH_TYPE)
            .addMember("optional", "$L", nullable)
            .build();
    relation = InlineAnnotations.inline(relation);
    FieldSpec.Builder field =
        FieldSpec.builder(other, a.property(), Modifier.PRIVATE)
            .addAnnotation(relation)
            .addAnnotation(
                columns.joinColumn(
                    fk.columnName(), nullable, fk.unique(), foreignKeyName(table, a)));
    if (fk.comment() != null && !fk.comment().isBlank()) {
      field.addJavadoc("$L\n", fk.comment().strip());
    }
    type.addField(field.build());
    type.addMethod(Accessors.getter(other, a.property()));
    type.addMethod(Accessors.setter(other, a.property()));
  }

  private void oneToOneInverse(TypeSpec.Builder type, Association a) {
    ClassName other = model.entityClass(a.other());
    String p = a.property();
    type.addField(
        FieldSpec.builder(other, p, Modifier.PRIVATE)
            .addAnnotation(
                InlineAnnotations.inline(
                    AnnotationSpec.builder(Jakarta.ONE_TO_ONE)
                        .addMember("mappedBy", "$S", a.otherProperty())))
            .build());
    type.addMethod(Accessors.getter(other, p));
    String otherSetter = "set" + capitalize(a.otherProperty());
    type.addMethod(
        MethodSpec.methodBuilder("set" + capitalize(p))
            .addJavadoc("Sets both sides: the previous $N is detached from this one.\n", p)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(other, p)
            .beginControlFlow("if (this.$N != null)", p)
            .addStatement("this.$N.$N(null)", p, otherSetter)
            .endControlFlow()
            .addStatement("this.$N = $N", p, p)
            .beginControlFlow("if ($N != null)", p)
            .addStatement("$N.$N(this)", p, otherSetter)
            .endControlFlow()
            .build());
  }

  private void collection(TypeSpec.Builder type, EntityShape shape, Association a) {
    ClassName other = model.entityClass(a.other());
    String p = a.property();
    TypeName setType = ParameterizedTypeName.get(ClassName.get(Set.class), other);
    FieldSpec.Builder field =
        FieldSpec.builder(setType, p, Modifier.PRIVATE)
            .initializer("new $T<>()", LinkedHashSet.class);
    switch (a.kind()) {
      case ONE_TO_MANY:
        field.addAnnotation(
            InlineAnnotations.inline(
                AnnotationSpec.builder(Jakarta.ONE_TO_MANY)
                    .addMember("mappedBy", "$S", a.otherProperty())));
        break;
      case MANY_TO_MANY_INVERSE:
        field.addAnnotation(
            InlineAnnotations.inline(
                AnnotationSpec.builder(Jakarta.MANY_TO_MANY)
                    .addMember("mappedBy", "$S", a.otherProperty())));
        break;
      default:
        field.addAnnotation(ColumnMappings.marker(Jakarta.MANY_TO_MANY));
        field.addAnnotation(joinTable(shape, a));
        break;
    }
    type.addField(field.build());
    type.addMethod(Accessors.getter(setType, p));
    String one = elementName(model.naming(), p);
    type.addMethod(helper("add", one, other, p, a, true));
    type.addMethod(helper("remove", one, other, p, a, false));
  }

  /** {@code addPost(post)}: changes this side and, when navigable, the other side too. */
  private static MethodSpec helper(
      String verb, String one, ClassName other, String p, Association a, boolean add) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(verb + capitalize(one))
            .addModifiers(Modifier.PUBLIC)
            .addParameter(other, one)
            .addStatement("this.$N.$N($N)", p, add ? "add" : "remove", one);
    if (a.otherProperty() != null) {
      if (a.kind() == Association.Kind.ONE_TO_MANY) {
        m.addStatement("$N.set$L($L)", one, capitalize(a.otherProperty()), add ? "this" : "null");
      } else {
        m.addStatement(
            "$N.get$L().$N(this)", one, capitalize(a.otherProperty()), add ? "add" : "remove");
      }
    }
    return m.build();
  }

  /** The explicit {@code @JoinTable}, with the join table's names from the physical schema. */
  private AnnotationSpec joinTable(EntityShape shape, Association a) {
    var r = a.relationship();
    DbTable jt = model.physical().table(r.id()).orElseThrow();
    var spec = r.joinTable();
    String sourceFk = joinTableForeignKey(jt, r.id() + ":source-fk");
    String targetFk = joinTableForeignKey(jt, r.id() + ":target-fk");
    AnnotationSpec sourceColumn = columns.joinColumn(spec.sourceColumn(), false, false, sourceFk);
    AnnotationSpec targetColumn = columns.joinColumn(spec.targetColumn(), false, false, targetFk);
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Jakarta.JOIN_TABLE)
            .addMember("name", "$S", model.sqlName(jt.name()))
            .addMember("joinColumns", "$L", a.ownerIsSource() ? sourceColumn : targetColumn)
            .addMember("inverseJoinColumns", "$L", a.ownerIsSource() ? targetColumn : sourceColumn);
    for (DbIndex ix : jt.indexes()) {
      b.addMember("indexes", "$L", columns.index(jt, ix));
    }
    return InlineAnnotations.inline(b);
  }

  private static String joinTableForeignKey(DbTable jt, String id) {
    return jt.foreignKeys().stream()
        .filter(f -> f.id().equals(id))
        .map(DbForeignKey::name)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no foreign key " + id + " in " + jt.name()));
  }

  private static String foreignKeyName(DbTable table, Association a) {
    return table.foreignKeys().stream()
        .filter(f -> f.id().equals(a.relationship().id()))
        .map(DbForeignKey::name)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no foreign key for relationship " + a.relationship().id()));
  }

  /**
   * The name of one element of a collection property, used by {@code add...} / {@code remove...}:
   * {@code posts} gives {@code post}.
   */
  static String elementName(JavaNamingStrategy naming, String collectionProperty) {
    String one = naming.singular(collectionProperty);
    // "staff": addStaff(staff) would read as adding the whole collection.
    return one.equals(collectionProperty) ? collectionProperty + "Item" : one;
  }
}
