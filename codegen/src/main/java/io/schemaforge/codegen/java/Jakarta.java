package io.schemaforge.codegen.java;

import com.palantir.javapoet.ClassName;

/**
 * The Jakarta Persistence and Bean Validation types the generated code refers to (and the two
 * Hibernate ones it needs where JPA has no word for a column type, and Spring Data's repository).
 * Named here, not imported, because codegen itself must not depend on those APIs: only the
 * generated code does.
 */
final class Jakarta {
  private Jakarta() {}

  private static final String JPA = "jakarta.persistence";
  private static final String BV = "jakarta.validation.constraints";

  static final ClassName ENTITY = ClassName.get(JPA, "Entity");
  static final ClassName TABLE = ClassName.get(JPA, "Table");
  static final ClassName INDEX = ClassName.get(JPA, "Index");
  static final ClassName UNIQUE_CONSTRAINT = ClassName.get(JPA, "UniqueConstraint");
  static final ClassName COLUMN = ClassName.get(JPA, "Column");
  static final ClassName ID = ClassName.get(JPA, "Id");
  static final ClassName ID_CLASS = ClassName.get(JPA, "IdClass");
  static final ClassName GENERATED_VALUE = ClassName.get(JPA, "GeneratedValue");
  static final ClassName GENERATION_TYPE = ClassName.get(JPA, "GenerationType");
  static final ClassName ENUMERATED = ClassName.get(JPA, "Enumerated");
  static final ClassName ENUM_TYPE = ClassName.get(JPA, "EnumType");
  static final ClassName LOB = ClassName.get(JPA, "Lob");
  static final ClassName VERSION = ClassName.get(JPA, "Version");
  static final ClassName MAPPED_SUPERCLASS = ClassName.get(JPA, "MappedSuperclass");
  static final ClassName PRE_PERSIST = ClassName.get(JPA, "PrePersist");
  static final ClassName PRE_UPDATE = ClassName.get(JPA, "PreUpdate");
  static final ClassName MANY_TO_ONE = ClassName.get(JPA, "ManyToOne");
  static final ClassName ONE_TO_MANY = ClassName.get(JPA, "OneToMany");
  static final ClassName ONE_TO_ONE = ClassName.get(JPA, "OneToOne");
  static final ClassName MANY_TO_MANY = ClassName.get(JPA, "ManyToMany");
  static final ClassName JOIN_COLUMN = ClassName.get(JPA, "JoinColumn");
  static final ClassName JOIN_TABLE = ClassName.get(JPA, "JoinTable");
  static final ClassName FOREIGN_KEY = ClassName.get(JPA, "ForeignKey");
  static final ClassName FETCH_TYPE = ClassName.get(JPA, "FetchType");

  static final ClassName NOT_NULL = ClassName.get(BV, "NotNull");
  static final ClassName NOT_BLANK = ClassName.get(BV, "NotBlank");
  static final ClassName SIZE = ClassName.get(BV, "Size");
  static final ClassName EMAIL = ClassName.get(BV, "Email");
  static final ClassName PATTERN = ClassName.get(BV, "Pattern");
  static final ClassName DIGITS = ClassName.get(BV, "Digits");
  static final ClassName MIN = ClassName.get(BV, "Min");
  static final ClassName MAX = ClassName.get(BV, "Max");
  static final ClassName DECIMAL_MIN = ClassName.get(BV, "DecimalMin");
  static final ClassName DECIMAL_MAX = ClassName.get(BV, "DecimalMax");

  static final ClassName JDBC_TYPE_CODE =
      ClassName.get("org.hibernate.annotations", "JdbcTypeCode");
  static final ClassName SQL_TYPES = ClassName.get("org.hibernate.type", "SqlTypes");

  static final ClassName JPA_REPOSITORY =
      ClassName.get("org.springframework.data.jpa.repository", "JpaRepository");
}
