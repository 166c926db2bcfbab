package io.schemaforge.codegen.importer.jpa;

import java.util.List;

/**
 * A column an entity maps, with the names already resolved the way Spring Boot's default naming
 * does.
 *
 * @param name the physical column name (lower case unless quoted in the source)
 * @param fieldName the Java field (for an embedded field {@code address.city}; for a join column
 *     the relationship's field)
 * @param javaType the field's type as written, without generics ({@code String}, {@code Long},
 *     {@code long}, {@code OrderStatus}); for a join column the referenced column's type
 * @param length from {@code @Column(length)}; null when not given (JPA's default is 255)
 * @param precision from {@code @Column(precision)}; null when not given
 * @param scale from {@code @Column(scale)}; null when not given
 * @param nullable what the mapping allows ({@code nullable = false}, {@code optional = false}, an
 *     id, or a primitive type make it false)
 * @param enumType {@code STRING} or {@code ORDINAL} for an enum field, else null
 * @param enumValues the constants of an enum field's type, in declaration order, when in the
 *     sources
 * @param lob whether {@code @Lob} is present
 * @param converted whether an {@code @Convert} (or a provider's converter) decides the column type,
 *     so the Java type says nothing about it
 * @param joinColumn whether the column is a foreign key of a relationship
 */
public record JpaColumn(
    String name,
    String fieldName,
    String javaType,
    Integer length,
    Integer precision,
    Integer scale,
    boolean nullable,
    boolean unique,
    boolean id,
    boolean generated,
    boolean version,
    boolean lob,
    boolean converted,
    String enumType,
    List<String> enumValues,
    boolean joinColumn,
    SourcePosition position) {
  public JpaColumn {
    enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
  }
}
