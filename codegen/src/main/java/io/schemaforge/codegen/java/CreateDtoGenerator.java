package io.schemaforge.codegen.java;

import com.palantir.javapoet.JavaFile;
import io.schemaforge.model.Entity;

/** {@code <Entity>Create}: what a client sends to create an entity, validated. */
final class CreateDtoGenerator {
  private final JavaModel model;
  private final DtoFields fields;

  CreateDtoGenerator(JavaModel model) {
    this.model = model;
    this.fields = new DtoFields(model);
  }

  JavaFile generate(EntityShape shape) {
    Entity e = shape.entity();
    return DtoRecords.record(
        model.dtoPackage(),
        model.createDto(e),
        "The data to create " + Articles.a(e.name()) + "; related entities are given by id.",
        fields.create(shape));
  }
}
