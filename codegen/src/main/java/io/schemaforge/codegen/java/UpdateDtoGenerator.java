package io.schemaforge.codegen.java;

import com.palantir.javapoet.JavaFile;
import io.schemaforge.model.Entity;

/** {@code <Entity>Update}: a partial update, where an absent (null) value changes nothing. */
final class UpdateDtoGenerator {
  private final JavaModel model;
  private final DtoFields fields;

  UpdateDtoGenerator(JavaModel model) {
    this.model = model;
    this.fields = new DtoFields(model);
  }

  JavaFile generate(EntityShape shape) {
    Entity e = shape.entity();
    return DtoRecords.record(
        model.dtoPackage(),
        model.updateDto(e),
        "A partial update of "
            + Articles.a(e.name())
            + ": a null component leaves the value as it is.",
        fields.update(shape));
  }
}
