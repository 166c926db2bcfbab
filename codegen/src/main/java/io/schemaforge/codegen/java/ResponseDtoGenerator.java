package io.schemaforge.codegen.java;

import com.palantir.javapoet.JavaFile;
import io.schemaforge.model.Entity;

/** {@code <Entity>Response}: what a client reads; sensitive attributes are left out. */
final class ResponseDtoGenerator {
  private final JavaModel model;
  private final DtoFields fields;

  ResponseDtoGenerator(JavaModel model) {
    this.model = model;
    this.fields = new DtoFields(model);
  }

  JavaFile generate(EntityShape shape) {
    Entity e = shape.entity();
    return DtoRecords.record(
        model.dtoPackage(),
        model.responseDto(e),
        Articles.capitalA(e.name()) + " as clients see it: sensitive attributes never appear here.",
        fields.response(shape));
  }
}
