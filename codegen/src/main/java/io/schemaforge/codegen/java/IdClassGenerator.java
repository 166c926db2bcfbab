package io.schemaforge.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code <Entity>Id}: the {@code @IdClass} of an entity with a composite primary key (imported
 * tables such as Quartz's, whose keys all start with {@code sched_name}).
 *
 * <p>Why {@code @IdClass} and not {@code @EmbeddedId}: with an id class the key columns stay plain
 * {@code @Id} fields of the entity, exactly like every other column, so the DTOs, mappers and
 * {@code toString} treat them as they treat any attribute and a query reads {@code job.jobName}
 * rather than {@code job.id.jobName}. The id class is only what {@code find} and a repository take
 * as the key. An embedded id would move the key columns into a nested object that every generator
 * would have to reach through.
 *
 * <p>What JPA requires of an id class: public, {@link Serializable}, a public no-argument
 * constructor, fields with the names and types of the entity's {@code @Id} fields, and value-based
 * {@code equals} / {@code hashCode}. A record would not do: JPA 3.1 wants the no-argument
 * constructor and mutable fields, and providers other than Hibernate 6.2+ refuse records here.
 */
final class IdClassGenerator {
  private final JavaModel model;

  IdClassGenerator(JavaModel model) {
    this.model = model;
  }

  JavaFile generate(EntityShape shape) {
    Entity e = shape.entity();
    ClassName self = model.idClass(e);
    List<Attribute> key = shape.key();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(Serializable.class)
            .addJavadoc(
                "The composite primary key of {@link $T} (table {@code $L}), for {@code find} and"
                    + " repositories.\n",
                model.entityClass(e),
                e.tableName())
            .addField(
                FieldSpec.builder(
                        long.class,
                        "serialVersionUID",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("1L")
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("For the persistence provider.\n")
                    .build());
    MethodSpec.Builder all = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    for (Attribute a : key) {
      TypeName t = model.fieldType(e, a);
      type.addField(FieldSpec.builder(t, a.name(), Modifier.PRIVATE).build());
      all.addParameter(t, a.name()).addStatement("this.$N = $N", a.name(), a.name());
    }
    type.addMethod(all.build());
    for (Attribute a : key) {
      TypeName t = model.fieldType(e, a);
      type.addMethod(Accessors.getter(t, a.name()));
      type.addMethod(Accessors.setter(t, a.name()));
    }
    type.addMethod(equalsMethod(self, key));
    type.addMethod(hashCodeMethod(key));
    type.addMethod(ToStringMethod.of(self, key.stream().map(Attribute::name).toList()));
    return JavaFile.builder(model.domainPackage(), type.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec equalsMethod(ClassName self, List<Attribute> key) {
    CodeBlock.Builder same = CodeBlock.builder();
    for (int i = 0; i < key.size(); i++) {
      same.add(
          "$L$T.equals($N, that.$N)",
          i == 0 ? "" : "\n && ",
          Objects.class,
          key.get(i).name(),
          key.get(i).name());
    }
    return EqualsMethod.of(self, true, same.build());
  }

  private static MethodSpec hashCodeMethod(List<Attribute> key) {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement(
            "return $T.hash($L)",
            Objects.class,
            String.join(", ", key.stream().map(Attribute::name).toList()))
        .build();
  }
}
