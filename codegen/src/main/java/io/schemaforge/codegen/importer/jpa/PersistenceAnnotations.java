package io.schemaforge.codegen.importer.jpa;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds {@code jakarta.persistence} and {@code javax.persistence} annotations by name. A simple
 * name counts unless the file imports a type of that name from elsewhere (Spring Data's
 * {@code @Id}, say), so both packages work without the sources compiling.
 */
final class PersistenceAnnotations {
  private PersistenceAnnotations() {}

  static Optional<AnnotationExpr> find(
      List<AnnotationExpr> annotations, String name, CompilationUnit unit) {
    for (AnnotationExpr a : annotations) {
      if (is(a, name, unit)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  static boolean has(List<AnnotationExpr> annotations, String name, CompilationUnit unit) {
    return find(annotations, name, unit).isPresent();
  }

  static boolean is(AnnotationExpr a, String name, CompilationUnit unit) {
    String written = a.getNameAsString();
    if (written.equals("jakarta.persistence." + name)
        || written.equals("javax.persistence." + name)) {
      return true;
    }
    if (!written.equals(name)) {
      return false;
    }
    for (ImportDeclaration i : unit.getImports()) {
      String imported = i.getNameAsString();
      if (!i.isAsterisk() && !i.isStatic() && imported.endsWith("." + name)) {
        return imported.startsWith("jakarta.persistence.")
            || imported.startsWith("javax.persistence.");
      }
    }
    return true;
  }

  /** The expression given for an annotation member ({@code value} for the single-member form). */
  static Optional<Expression> member(AnnotationExpr a, String key) {
    if (a instanceof SingleMemberAnnotationExpr s) {
      return key.equals("value") ? Optional.of(s.getMemberValue()) : Optional.empty();
    }
    if (a instanceof NormalAnnotationExpr n) {
      for (MemberValuePair p : n.getPairs()) {
        if (p.getNameAsString().equals(key)) {
          return Optional.of(p.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The annotations given as a member of {@code a} ({@code joinColumns} of {@code @JoinTable}),
   * whether one annotation or an array of them; none when the member is not given.
   */
  static List<AnnotationExpr> annotationsIn(AnnotationExpr a, String key) {
    Expression value = member(a, key).orElse(null);
    List<AnnotationExpr> out = new ArrayList<>();
    if (value instanceof ArrayInitializerExpr arr) {
      for (Expression e : arr.getValues()) {
        if (e instanceof AnnotationExpr ae) {
          out.add(ae);
        }
      }
    } else if (value instanceof AnnotationExpr ae) {
      out.add(ae);
    }
    return out;
  }
}
