package io.schemaforge.codegen.importer.jpa;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.schemaforge.codegen.importer.jpa.SourceIndex.SourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A persistent field of a class: its type and its mapping annotations, those on the field and those
 * on its getter together (property access puts {@code @Column} on the getter, as hawkBit's base
 * entity does). Static, {@code transient} and {@code @Transient} fields are not persistent.
 */
record PersistentMember(
    String name, Type type, List<AnnotationExpr> annotations, Node node, SourceType owner) {

  boolean has(String annotation) {
    return PersistenceAnnotations.has(annotations, annotation, owner.unit());
  }

  Optional<AnnotationExpr> find(String annotation) {
    return PersistenceAnnotations.find(annotations, annotation, owner.unit());
  }

  /**
   * A repeatable annotation, whether given once ({@code @JoinColumn}) or in its container
   * ({@code @JoinColumns({...})}): the single one first, then the container's, as written.
   */
  List<AnnotationExpr> findRepeated(String annotation, String container) {
    List<AnnotationExpr> out = new ArrayList<>();
    find(annotation).ifPresent(out::add);
    find(container).ifPresent(c -> out.addAll(PersistenceAnnotations.annotationsIn(c, "value")));
    return out;
  }

  SourcePosition position() {
    return owner.position(node);
  }

  /** The type without generics or package ({@code List}, {@code Long}, {@code byte[]}). */
  String simpleType() {
    String t =
        type.isClassOrInterfaceType()
            ? type.asClassOrInterfaceType().getNameAsString()
            : type.asString();
    return SourceIndex.stripGenerics(t);
  }

  /** The n-th type argument ({@code List<Tag>} gives {@code Tag} for 0), or null. */
  String typeArgument(int n) {
    if (!type.isClassOrInterfaceType()) {
      return null;
    }
    ClassOrInterfaceType c = type.asClassOrInterfaceType();
    return c.getTypeArguments()
        .filter(args -> args.size() > n)
        .map(args -> SourceIndex.stripGenerics(args.get(n).asString()))
        .orElse(null);
  }

  boolean primitive() {
    return type.isPrimitiveType();
  }

  /** The persistent fields a class declares itself, in declaration order. */
  static List<PersistentMember> declaredBy(SourceType owner) {
    List<PersistentMember> out = new ArrayList<>();
    if (!(owner.declaration() instanceof ClassOrInterfaceDeclaration c)) {
      return out;
    }
    for (FieldDeclaration f : c.getFields()) {
      if (f.isStatic()
          || f.isTransient()
          || PersistenceAnnotations.has(f.getAnnotations(), "Transient", owner.unit())) {
        continue;
      }
      for (VariableDeclarator v : f.getVariables()) {
        List<AnnotationExpr> annotations = new ArrayList<>(f.getAnnotations());
        getter(c, v.getNameAsString()).ifPresent(g -> annotations.addAll(g.getAnnotations()));
        if (PersistenceAnnotations.has(annotations, "Transient", owner.unit())) {
          continue;
        }
        out.add(new PersistentMember(v.getNameAsString(), v.getType(), annotations, v, owner));
      }
    }
    return out;
  }

  private static Optional<MethodDeclaration> getter(ClassOrInterfaceDeclaration c, String field) {
    String cap = field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
    for (MethodDeclaration m : c.getMethods()) {
      if (m.getParameters().isEmpty()
          && (m.getNameAsString().equals("get" + cap) || m.getNameAsString().equals("is" + cap))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
