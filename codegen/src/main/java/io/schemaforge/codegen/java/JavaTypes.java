package io.schemaforge.codegen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.schemaforge.model.LogicalType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The Java type of each logical type (PRODUCT.md's mapping table). */
final class JavaTypes {
  private JavaTypes() {}

  /**
   * The field type of a column. Primitive when the column is NOT NULL, so a missing value cannot
   * hide in a null; boxed when it is nullable, so NULL has a representation. {@code enumType} is
   * used for ENUM and may be null otherwise.
   */
  static TypeName of(LogicalType type, boolean nullable, ClassName enumType) {
    TypeName t = boxed(type, enumType);
    return nullable || !t.isBoxedPrimitive() ? t : t.unbox();
  }

  /** The boxed type: what a DTO component (where every value may be absent) uses. */
  static TypeName boxed(LogicalType type, ClassName enumType) {
    switch (type) {
      case BOOLEAN:
        return ClassName.get(Boolean.class);
      case SMALLINT:
        return ClassName.get(Short.class);
      case INT:
        return ClassName.get(Integer.class);
      case BIGINT:
        return ClassName.get(Long.class);
      case DECIMAL:
        return ClassName.get(BigDecimal.class);
      case FLOAT:
        return ClassName.get(Float.class);
      case DOUBLE:
        return ClassName.get(Double.class);
      case STRING:
      case TEXT:
      case JSON:
        return ClassName.get(String.class);
      case UUID:
        return ClassName.get(UUID.class);
      case DATE:
        return ClassName.get(LocalDate.class);
      case TIME:
        return ClassName.get(LocalTime.class);
      case TIMESTAMP:
        return ClassName.get(LocalDateTime.class);
      case TIMESTAMPTZ:
        return ClassName.get(OffsetDateTime.class);
      case BYTES:
        return ArrayTypeName.of(TypeName.BYTE);
      case ENUM:
        if (enumType == null) {
          throw new IllegalArgumentException("an ENUM column needs its generated enum type");
        }
        return enumType;
      default:
        throw new IllegalArgumentException("no Java type for " + type);
    }
  }
}
