package io.schemaforge.codegen.java;

import static io.schemaforge.codegen.java.DefaultJavaNamingStrategy.capitalize;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.Trait;
import io.schemaforge.model.TraitColumns;
import io.schemaforge.model.TraitColumns.TraitColumn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The {@code @MappedSuperclass} of each trait the model uses: {@code Timestamped} (created_at /
 * updated_at, set by lifecycle callbacks), {@code SoftDeletable} (deleted_at). Columns are exactly
 * {@link TraitColumns}', which the migrations read too. Java has single inheritance, so an entity
 * with both traits extends {@code TimestampedSoftDeletable}, which extends {@code Timestamped} and
 * adds the soft-delete column: each class adds the columns of one trait.
 */
final class TraitSuperclassGenerator {
  private final JavaModel model;

  TraitSuperclassGenerator(JavaModel model) {
    this.model = model;
  }

  /** Every base class the entities need, each parent before its children, in a stable order. */
  List<JavaFile> generate() {
    Map<String, Set<Trait>> needed = new LinkedHashMap<>();
    for (EntityShape shape : model.shapes()) {
      Set<Trait> traits = shape.superclassTraits();
      while (!traits.isEmpty()) {
        needed.putIfAbsent(model.naming().traitSuperclass(traits), traits);
        traits = parentTraits(traits);
      }
    }
    List<Set<Trait>> ordered = new ArrayList<>(needed.values());
    ordered.sort(
        (a, b) ->
            a.size() != b.size()
                ? Integer.compare(a.size(), b.size())
                : model.naming().traitSuperclass(a).compareTo(model.naming().traitSuperclass(b)));
    List<JavaFile> files = new ArrayList<>();
    for (Set<Trait> traits : ordered) {
      files.add(generate(traits));
    }
    return files;
  }

  /** The traits of the parent class: all but the last (in enum order); empty for a root. */
  static Set<Trait> parentTraits(Set<Trait> traits) {
    EnumSet<Trait> parent = EnumSet.noneOf(Trait.class);
    parent.addAll(traits);
    Trait last = null;
    for (Trait t : parent) {
      last = t;
    }
    parent.remove(last);
    return parent;
  }

  private JavaFile generate(Set<Trait> traits) {
    Trait own = null;
    for (Trait t : traits) {
      own = t;
    }
    ClassName self = model.traitSuperclass(traits);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addAnnotation(ColumnMappings.marker(Jakarta.MAPPED_SUPERCLASS));
    String columnsText =
        String.join(
            ", ",
            TraitColumns.of(EnumSet.of(own)).stream()
                .map(c -> "{@code " + c.column() + "}")
                .toList());
    type.addJavadoc(
        "The $L column$L, shared by every entity with the $L trait.\n",
        columnsText,
        TraitColumns.of(EnumSet.of(own)).size() > 1 ? "s" : "",
        own.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    Set<Trait> parent = parentTraits(traits);
    if (!parent.isEmpty()) {
      ClassName parentClass = model.traitSuperclass(parent);
      type.superclass(parentClass);
      type.addJavadoc(
          "Extends {@link $T} for entities that have both, as a class has one superclass.\n",
          parentClass);
    }
    NamingConvention naming = model.schema().naming();
    ColumnMappings columns = new ColumnMappings(model);
    List<TraitColumn> ownColumns = TraitColumns.of(EnumSet.of(own));
    for (TraitColumn tc : ownColumns) {
      TypeName t = JavaTypes.of(tc.typeOf(naming), tc.nullable(), null);
      var column = columns.columnBase(tc.column(), tc.nullable());
      if (own == Trait.TIMESTAMPS && tc == ownColumns.get(0)) {
        column.addMember("updatable", "$L", false); // the creation time never changes
      }
      type.addField(
          FieldSpec.builder(t, tc.field(), Modifier.PRIVATE)
              .addAnnotation(InlineAnnotations.inline(column))
              .build());
      type.addMethod(Accessors.getter(t, tc.field()));
    }
    if (own == Trait.TIMESTAMPS) {
      addTimestampCallbacks(type, ownColumns, naming);
    } else if (own == Trait.SOFT_DELETE) {
      addSoftDeleteMethods(type, ownColumns.get(0), naming);
    }
    return JavaFile.builder(model.domainPackage(), type.build()).skipJavaLangImports(true).build();
  }

  /**
   * The columns are NOT NULL and Hibernate inserts every column, so the database default cannot
   * fill them: the callbacks do. The first column is the creation time, the second the update.
   */
  private static void addTimestampCallbacks(
      TypeSpec.Builder type, List<TraitColumn> cols, NamingConvention naming) {
    String created = cols.get(0).field();
    String updated = cols.get(1).field();
    Class<?> time = timeClass(cols.get(0), naming);
    type.addMethod(
        MethodSpec.methodBuilder("on" + capitalize(created))
            .addAnnotation(ColumnMappings.marker(Jakarta.PRE_PERSIST))
            .addModifiers(Modifier.PROTECTED)
            .addStatement("$T now = $T.now()", time, time)
            .beginControlFlow("if ($N == null)", created)
            .addStatement("$N = now", created)
            .endControlFlow()
            .addStatement("$N = now", updated)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("on" + capitalize(updated))
            .addAnnotation(ColumnMappings.marker(Jakarta.PRE_UPDATE))
            .addModifiers(Modifier.PROTECTED)
            .addStatement("$N = $T.now()", updated, time)
            .build());
  }

  private static void addSoftDeleteMethods(
      TypeSpec.Builder type, TraitColumn col, NamingConvention naming) {
    Class<?> time = timeClass(col, naming);
    type.addMethod(
        MethodSpec.methodBuilder("isDeleted")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return $N != null", col.field())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("markDeleted")
            .addJavadoc("Deletes softly: the row stays, with the time of deletion.\n")
            .addModifiers(Modifier.PUBLIC)
            .addStatement("$N = $T.now()", col.field(), time)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("restore")
            .addModifiers(Modifier.PUBLIC)
            .addStatement("$N = null", col.field())
            .build());
  }

  private static Class<?> timeClass(TraitColumn col, NamingConvention naming) {
    return col.typeOf(naming) == LogicalType.TIMESTAMPTZ
        ? java.time.OffsetDateTime.class
        : java.time.LocalDateTime.class;
  }
}
