package io.schemaforge.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;

/**
 * The mapping annotations of tables and columns. Every value comes from the physical table the
 * migrations create ({@link DbTable}), so the entity states exactly what the database has:
 * constraint and index names included, which Hibernate uses when it generates DDL itself (tests,
 * prototypes) and which an importer can read back.
 */
final class ColumnMappings {
  private final JavaModel model;

  ColumnMappings(JavaModel model) {
    this.model = model;
  }

  /** {@code @Table(name, uniqueConstraints, indexes)} with the convention's names. */
  AnnotationSpec table(DbTable table) {
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Jakarta.TABLE).addMember("name", "$S", model.sqlName(table.name()));
    for (DbUnique u : table.uniques()) {
      AnnotationSpec.Builder uq =
          AnnotationSpec.builder(Jakarta.UNIQUE_CONSTRAINT).addMember("name", "$S", u.name());
      for (String column : table.columnNames(u.columnIds())) {
        uq.addMember("columnNames", "$S", model.sqlName(column));
      }
      b.addMember("uniqueConstraints", "$L", uq.build());
    }
    for (DbIndex ix : table.indexes()) {
      b.addMember("indexes", "$L", index(table, ix));
    }
    return InlineAnnotations.inline(b);
  }

  AnnotationSpec index(DbTable table, DbIndex ix) {
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Jakarta.INDEX)
            .addMember("name", "$S", ix.name())
            .addMember(
                "columnList",
                "$S",
                String.join(
                    ", ", table.columnNames(ix.columnIds()).stream().map(model::sqlName).toList()));
    if (ix.unique()) {
      b.addMember("unique", "$L", true);
    }
    return b.build();
  }

  /**
   * {@code @Column} of an attribute: name and nullability always, length for strings and enums,
   * precision and scale for decimals, uniqueness when the column is unique.
   */
  AnnotationSpec column(DbTable table, Attribute a) {
    DbColumn c = table.column(a.id()).orElseThrow();
    AnnotationSpec.Builder b = columnBase(c.name(), c.nullable());
    if (c.type().length() != null) {
      b.addMember("length", "$L", c.type().length());
    }
    if (c.type().precision() != null) {
      b.addMember("precision", "$L", c.type().precision());
    }
    if (c.type().scale() != null) {
      b.addMember("scale", "$L", c.type().scale());
    }
    if (a.unique() && !a.primaryKey()) {
      b.addMember("unique", "$L", true);
    }
    return InlineAnnotations.inline(b);
  }

  AnnotationSpec.Builder columnBase(String name, boolean nullable) {
    return AnnotationSpec.builder(Jakarta.COLUMN)
        .addMember("name", "$S", model.sqlName(name))
        .addMember("nullable", "$L", nullable);
  }

  /**
   * The JDBC type where the migration stores a value differently from Hibernate's default for the
   * Java type, or null: a UUID is {@code char(36)} on MySQL and MariaDB (Hibernate would expect a
   * native {@code uuid}), and a JSON string must be bound as JSON ({@code jsonb} on PostgreSQL
   * refuses a varchar). JPA has no annotation for this, so these are Hibernate's.
   */
  AnnotationSpec jdbcType(Attribute a) {
    boolean mysql = model.dialect() == Dialect.MYSQL || model.dialect() == Dialect.MARIADB;
    String code = null;
    if (a.type() == LogicalType.UUID && mysql) {
      code = "CHAR";
    } else if (a.type() == LogicalType.JSON) {
      code = "JSON";
    }
    return code == null
        ? null
        : AnnotationSpec.builder(Jakarta.JDBC_TYPE_CODE)
            .addMember("value", "$T.$L", Jakarta.SQL_TYPES, code)
            .build();
  }

  /** {@code @Enumerated(EnumType.STRING)}: the name is stored, so reordering values is safe. */
  static AnnotationSpec enumerated() {
    return AnnotationSpec.builder(Jakarta.ENUMERATED)
        .addMember("value", "$T.STRING", Jakarta.ENUM_TYPE)
        .build();
  }

  /**
   * Whether the id is generated rather than assigned: an identity column, or a UUID the model marks
   * identity or gives a default (such as {@code gen_random_uuid()}), which the persistence provider
   * then generates before the insert so the id is known without a round trip.
   */
  static boolean isGeneratedId(Attribute a) {
    return a.primaryKey()
        && (a.identity() || (a.type() == LogicalType.UUID && DefaultValues.has(a)));
  }

  /**
   * How a generated id is produced: identity columns for integers, UUIDs made by the persistence
   * provider; null for an assigned id.
   */
  static AnnotationSpec generatedValue(Attribute id) {
    if (!isGeneratedId(id)) {
      return null;
    }
    String strategy = id.type() == LogicalType.UUID ? "UUID" : "IDENTITY";
    return InlineAnnotations.inline(
        AnnotationSpec.builder(Jakarta.GENERATED_VALUE)
            .addMember("strategy", "$T.$L", Jakarta.GENERATION_TYPE, strategy));
  }

  /** {@code @JoinColumn(name, nullable, unique, foreignKey = @ForeignKey(name))}. */
  AnnotationSpec joinColumn(String column, boolean nullable, boolean unique, String fkName) {
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Jakarta.JOIN_COLUMN)
            .addMember("name", "$S", model.sqlName(column))
            .addMember("nullable", "$L", nullable);
    if (unique) {
      b.addMember("unique", "$L", true);
    }
    b.addMember("foreignKey", "$L", foreignKey(fkName));
    return InlineAnnotations.inline(b);
  }

  static AnnotationSpec foreignKey(String name) {
    return AnnotationSpec.builder(Jakarta.FOREIGN_KEY).addMember("name", "$S", name).build();
  }

  static AnnotationSpec marker(ClassName annotation) {
    return AnnotationSpec.builder(annotation).build();
  }
}
