package io.schemaforge.codegen.java;

import static io.schemaforge.codegen.java.DefaultJavaNamingStrategy.capitalize;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * {@code <Entity>Mapper}: plain code between an entity and its DTOs, no reflection. Related
 * entities arrive as ids, so {@code toEntity} and {@code applyUpdate} take one lookup function per
 * association (with Spring Data, {@code userRepository::getReferenceById}); the mapper never
 * queries anything itself.
 */
final class MapperGenerator {
  private final JavaModel model;
  private final DtoFields fields;

  MapperGenerator(JavaModel model) {
    this.model = model;
    this.fields = new DtoFields(model);
  }

  JavaFile generate(EntityShape shape) {
    Entity e = shape.entity();
    TypeSpec type =
        TypeSpec.classBuilder(model.mapper(e))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Maps {@code $L} to and from its DTOs. A to-one reference is set on the side that\n"
                    + "holds the foreign key only, so mapping does not load the referenced entity's\n"
                    + "collections.\n",
                e.name())
            .addMethod(toResponse(shape))
            .addMethod(toEntity(shape))
            .addMethod(applyUpdate(shape))
            .build();
    return JavaFile.builder(model.mapperPackage(), type).skipJavaLangImports(true).build();
  }

  private MethodSpec toResponse(EntityShape shape) {
    Entity e = shape.entity();
    List<CodeBlock> args = new ArrayList<>();
    for (DtoField f : fields.response(shape)) {
      args.add(read(shape, f));
    }
    return MethodSpec.methodBuilder("toResponse")
        .addModifiers(Modifier.PUBLIC)
        .returns(model.responseDto(e))
        .addParameter(model.entityClass(e), "entity")
        .addStatement("return new $T(\n$L)", model.responseDto(e), CodeBlock.join(args, ",\n"))
        .build();
  }

  private CodeBlock read(EntityShape shape, DtoField f) {
    switch (f.source()) {
      case COLUMN:
        return CodeBlock.of("entity.$N()", getter(shape.entity(), f.attribute()));
      case REFERENCE_ID:
        {
          // The id of a lazy proxy is known without loading the referenced row.
          String get = "get" + capitalize(f.association().property());
          String id = "get" + capitalize(model.shape(f.association().other()).id().name());
          return CodeBlock.of("entity.$N() == null ? null : entity.$N().$N()", get, get, id);
        }
      case MANY_IDS:
        return CodeBlock.of(
            "entity.$N().stream().map($T::$N).toList()",
            "get" + capitalize(f.association().property()),
            model.entityClass(f.association().other()),
            "get" + capitalize(model.shape(f.association().other()).id().name()));
      case TRAIT:
        return CodeBlock.of("entity.$N()", "get" + capitalize(f.trait().field()));
      default:
        throw new IllegalStateException("unknown source " + f.source());
    }
  }

  private MethodSpec toEntity(EntityShape shape) {
    Entity e = shape.entity();
    ClassName entity = model.entityClass(e);
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("toEntity")
            .addModifiers(Modifier.PUBLIC)
            .returns(entity)
            .addParameter(model.createDto(e), "create");
    List<DtoField> create = fields.create(shape);
    lookups(create).forEach((name, type) -> m.addParameter(type, name));
    m.addStatement("$T entity = new $T()", entity, entity);
    for (DtoField f : create) {
      boolean guard = f.source() != DtoField.Source.COLUMN || DefaultValues.has(f.attribute());
      write(m, shape, f, "create", guard, false);
    }
    return m.addStatement("return entity").build();
  }

  private MethodSpec applyUpdate(EntityShape shape) {
    Entity e = shape.entity();
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("applyUpdate")
            .addJavadoc("Copies the components that are present (not null) onto the entity.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(model.updateDto(e), "update")
            .addParameter(model.entityClass(e), "entity");
    List<DtoField> update = fields.update(shape);
    lookups(update).forEach((name, type) -> m.addParameter(type, name));
    for (DtoField f : update) {
      write(m, shape, f, "update", true, true);
    }
    return m.build();
  }

  /** One {@code Function<Id, Entity>} per association whose ids the DTO carries. */
  private Map<String, TypeName> lookups(List<DtoField> dto) {
    Map<String, TypeName> params = new LinkedHashMap<>();
    for (DtoField f : dto) {
      if (f.association() != null) {
        Entity other = f.association().other();
        params.put(
            lookupName(f.association()),
            ParameterizedTypeName.get(
                ClassName.get(Function.class), model.idType(other), model.entityClass(other)));
      }
    }
    return params;
  }

  private String lookupName(Association a) {
    String one =
        a.isCollection()
            ? AssociationMembers.elementName(model.naming(), a.property())
            : a.property();
    return one + "ById";
  }

  private void write(
      MethodSpec.Builder m,
      EntityShape shape,
      DtoField f,
      String dto,
      boolean onlyWhenPresent,
      boolean replaceCollection) {
    CodeBlock value = CodeBlock.of("$N.$N()", dto, f.name());
    if (onlyWhenPresent) {
      m.beginControlFlow("if ($L != null)", value);
    }
    switch (f.source()) {
      case COLUMN:
        m.addStatement("entity.$N($L)", "set" + capitalize(f.attribute().name()), value);
        break;
      case REFERENCE_ID:
        m.addStatement(
            "entity.$N($N.apply($L))",
            "set" + capitalize(f.association().property()),
            lookupName(f.association()),
            value);
        break;
      case MANY_IDS:
        {
          Association a = f.association();
          String one = capitalize(AssociationMembers.elementName(model.naming(), a.property()));
          ClassName other = model.entityClass(a.other());
          if (replaceCollection) {
            m.beginControlFlow(
                "for ($T old : new $T<>(entity.$N()))",
                other,
                ArrayList.class,
                "get" + capitalize(a.property()));
            m.addStatement("entity.$N(old)", "remove" + one);
            m.endControlFlow();
          }
          m.beginControlFlow("for ($T id : $L)", model.idType(a.other()), value);
          m.addStatement("entity.$N($N.apply(id))", "add" + one, lookupName(a));
          m.endControlFlow();
          break;
        }
      default:
        break; // trait columns are the entity's own business
    }
    if (onlyWhenPresent) {
      m.endControlFlow();
    }
  }

  private String getter(Entity e, Attribute a) {
    return Accessors.getterName(model.fieldType(e, a), a.name());
  }
}
