package io.schemaforge.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeName;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.TraitColumns.TraitColumn;
import java.util.List;

/**
 * One component of a DTO record and where its value lives in the entity, so the mapper generator
 * knows how to read and write it without reflection.
 *
 * @param attribute the attribute for {@link Source#COLUMN} and {@link Source#REFERENCE_ID}
 * @param association the association for {@link Source#REFERENCE_ID} and {@link Source#MANY_IDS}
 * @param trait the trait column for {@link Source#TRAIT}
 */
record DtoField(
    String name,
    TypeName type,
    List<AnnotationSpec> annotations,
    Source source,
    Attribute attribute,
    Association association,
    TraitColumn trait) {

  DtoField {
    annotations = List.copyOf(annotations);
  }

  /** Where the value comes from. */
  enum Source {
    /** A column of the entity, read and written as is. */
    COLUMN,
    /** The id of the entity a to-one association points at ({@code authorId}). */
    REFERENCE_ID,
    /** The ids of a many-to-many collection the entity owns ({@code tagIds}). */
    MANY_IDS,
    /** A column a trait adds (timestamps, soft delete, version): read-only. */
    TRAIT
  }
}
