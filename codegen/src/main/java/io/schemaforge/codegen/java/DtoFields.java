package io.schemaforge.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.TraitColumns;
import io.schemaforge.model.TraitColumns.TraitColumn;
import io.schemaforge.model.ValidationHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The components of the Create, Update and Response records of an entity, with the Bean Validation
 * annotations the model's constraints imply. Related entities appear as their ids.
 */
final class DtoFields {
  private final JavaModel model;

  DtoFields(JavaModel model) {
    this.model = model;
  }

  /**
   * What a client sends to create: every column except a generated id; NOT NULL columns without a
   * default are required.
   */
  List<DtoField> create(EntityShape shape) {
    List<DtoField> fields = new ArrayList<>();
    for (Attribute a : shape.entity().attributes()) {
      if (ColumnMappings.isGeneratedId(a)) {
        continue;
      }
      boolean required = a.primaryKey() || (!a.nullable() && !DefaultValues.has(a));
      fields.add(column(shape, a, required));
    }
    fields.addAll(manyIds(shape));
    return fields;
  }

  /** A partial update: every column but the id, none required; null means "leave as it is". */
  List<DtoField> update(EntityShape shape) {
    List<DtoField> fields = new ArrayList<>();
    for (Attribute a : shape.entity().attributes()) {
      if (!a.primaryKey()) {
        fields.add(column(shape, a, false));
      }
    }
    fields.addAll(manyIds(shape));
    return fields;
  }

  /** What a client reads back: never a sensitive column; trait columns included. */
  List<DtoField> response(EntityShape shape) {
    List<DtoField> fields = new ArrayList<>();
    for (Attribute a : shape.entity().attributes()) {
      if (!a.sensitive()) {
        DtoField f = column(shape, a, false);
        fields.add(
            new DtoField(
                f.name(), f.type(), List.of(), f.source(), f.attribute(), f.association(), null));
      }
    }
    fields.addAll(manyIds(shape));
    for (TraitColumn tc : TraitColumns.of(shape.entity().traits())) {
      TypeName t = JavaTypes.boxed(tc.typeOf(model.schema().naming()), null);
      fields.add(new DtoField(tc.field(), t, List.of(), DtoField.Source.TRAIT, null, null, tc));
    }
    return fields;
  }

  private DtoField column(EntityShape shape, Attribute a, boolean required) {
    Entity e = shape.entity();
    List<AnnotationSpec> annotations = new ArrayList<>();
    if (required) {
      boolean text = a.type() == LogicalType.STRING || a.type() == LogicalType.TEXT;
      annotations.add(ColumnMappings.marker(text ? Jakarta.NOT_BLANK : Jakarta.NOT_NULL));
    }
    annotations.addAll(constraints(a));
    Optional<Association> ref = shape.associationOf(a);
    return new DtoField(
        a.name(),
        model.dtoType(e, a),
        annotations,
        ref.isPresent() ? DtoField.Source.REFERENCE_ID : DtoField.Source.COLUMN,
        a,
        ref.orElse(null),
        null);
  }

  /** {@code tagIds}: the ids of the entities a many-to-many this entity owns points at. */
  private List<DtoField> manyIds(EntityShape shape) {
    List<DtoField> fields = new ArrayList<>();
    for (Association a : shape.manyToManyOwners()) {
      TypeName t = ParameterizedTypeName.get(ClassName.get(List.class), model.idType(a.other()));
      fields.add(new DtoField(idsName(a), t, List.of(), DtoField.Source.MANY_IDS, null, a, null));
    }
    return fields;
  }

  String idsName(Association a) {
    return AssociationMembers.elementName(model.naming(), a.property()) + "Ids";
  }

  /** Size, format and range checks that hold for any value present (Create and Update alike). */
  static List<AnnotationSpec> constraints(Attribute a) {
    List<AnnotationSpec> list = new ArrayList<>();
    if (a.type() == LogicalType.STRING && a.length() != null) {
      list.add(AnnotationSpec.builder(Jakarta.SIZE).addMember("max", "$L", a.length()).build());
    }
    ValidationHints h = a.hints();
    if (h.email()) {
      list.add(ColumnMappings.marker(Jakarta.EMAIL));
    }
    if (h.pattern() != null && !h.pattern().isBlank()) {
      list.add(
          AnnotationSpec.builder(Jakarta.PATTERN).addMember("regexp", "$S", h.pattern()).build());
    }
    if (a.type() == LogicalType.DECIMAL && a.precision() != null) {
      int scale = a.scale() == null ? 0 : a.scale();
      list.add(
          AnnotationSpec.builder(Jakarta.DIGITS)
              .addMember("integer", "$L", a.precision() - scale)
              .addMember("fraction", "$L", scale)
              .build());
    }
    boolean exact = a.type().isInteger() || a.type() == LogicalType.DECIMAL;
    if (exact || a.type().isFloatingPoint()) {
      // Bean Validation's @Min / @Max do not cover float and double (rounding); @DecimalMin does.
      if (h.min() != null) {
        list.add(range(exact ? Jakarta.MIN : Jakarta.DECIMAL_MIN, h.min(), exact));
      }
      if (h.max() != null) {
        list.add(range(exact ? Jakarta.MAX : Jakarta.DECIMAL_MAX, h.max(), exact));
      }
    }
    return list;
  }

  private static AnnotationSpec range(ClassName annotation, long bound, boolean exact) {
    String literal =
        bound >= Integer.MIN_VALUE && bound <= Integer.MAX_VALUE
            ? Long.toString(bound)
            : bound + "L";
    return exact
        ? AnnotationSpec.builder(annotation).addMember("value", "$L", literal).build()
        : AnnotationSpec.builder(annotation).addMember("value", "$S", Long.toString(bound)).build();
  }
}
