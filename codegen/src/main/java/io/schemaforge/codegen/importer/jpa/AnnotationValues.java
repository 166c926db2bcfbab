package io.schemaforge.codegen.importer.jpa;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.jpa.SourceIndex.SourceType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates annotation members: literals, and the {@code static final} constants they name
 * ({@code @Table(name = TABLE)}, {@code length = Target.NAME_SIZE}) when the constant is declared
 * in the sources (the same class, its outer or super types, its interfaces, a class it names or
 * imports statically). What cannot be evaluated is reported once and treated as not given.
 */
final class AnnotationValues {
  private static final int MAX_DEPTH = 16;

  private final SourceIndex index;
  private final List<ImportFinding> findings;
  private final Set<String> reported = new HashSet<>();

  AnnotationValues(SourceIndex index, List<ImportFinding> findings) {
    this.index = index;
    this.findings = findings;
  }

  /** Where problems found while mapping go, in the order found. */
  List<ImportFinding> findingsSink() {
    return findings;
  }

  String string(AnnotationExpr a, String key, SourceType context) {
    Object v = member(a, key, context);
    return v instanceof String s && !s.isEmpty() ? s : null;
  }

  Integer integer(AnnotationExpr a, String key, SourceType context) {
    Object v = member(a, key, context);
    return v instanceof Number n ? n.intValue() : null;
  }

  Boolean bool(AnnotationExpr a, String key, SourceType context) {
    Object v = member(a, key, context);
    return v instanceof Boolean b ? b : null;
  }

  /** An enum constant given as a member ({@code EnumType.STRING} gives {@code STRING}). */
  String constantName(AnnotationExpr a, String key) {
    return PersistenceAnnotations.member(a, key)
        .map(
            e ->
                e instanceof FieldAccessExpr f
                    ? f.getNameAsString()
                    : e instanceof NameExpr n ? n.getNameAsString() : null)
        .orElse(null);
  }

  private Object member(AnnotationExpr a, String key, SourceType context) {
    Optional<Expression> e = PersistenceAnnotations.member(a, key);
    if (e.isEmpty()) {
      return null;
    }
    Object v = evaluate(e.get(), context, 0);
    if (v == null && reported.add(context.file() + e.get().getBegin().map(p -> p.line).orElse(0))) {
      findings.add(
          new ImportFinding(
              ImportFinding.Severity.INFO,
              context.file(),
              e.get().getBegin().map(p -> p.line).orElse(0),
              null,
              "could not evaluate "
                  + key
                  + " = "
                  + e.get()
                  + " (not a constant declared in the sources); treated as not given"));
    }
    return v;
  }

  Object evaluate(Expression e, SourceType context, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (e instanceof StringLiteralExpr s) {
      return s.asString();
    }
    if (e instanceof IntegerLiteralExpr i) {
      return i.asNumber().intValue();
    }
    if (e instanceof LongLiteralExpr l) {
      return l.asNumber().longValue();
    }
    if (e instanceof BooleanLiteralExpr b) {
      return b.getValue();
    }
    if (e instanceof EnclosedExpr en) {
      return evaluate(en.getInner(), context, depth + 1);
    }
    if (e instanceof CastExpr c) {
      return evaluate(c.getExpression(), context, depth + 1);
    }
    if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
      Object v = evaluate(u.getExpression(), context, depth + 1);
      return v instanceof Integer n ? -n : v instanceof Long n ? -n : null;
    }
    if (e instanceof BinaryExpr b) {
      return binary(b, context, depth);
    }
    if (e instanceof NameExpr n) {
      return constant(n.getNameAsString(), context, depth, new HashSet<>());
    }
    if (e instanceof FieldAccessExpr f) {
      Optional<SourceType> owner = index.resolve(f.getScope().toString(), context);
      return owner.map(o -> constant(f.getNameAsString(), o, depth, new HashSet<>())).orElse(null);
    }
    return null;
  }

  private Object binary(BinaryExpr b, SourceType context, int depth) {
    Object l = evaluate(b.getLeft(), context, depth + 1);
    Object r = evaluate(b.getRight(), context, depth + 1);
    if (l == null || r == null) {
      return null;
    }
    return switch (b.getOperator()) {
      case PLUS ->
          l instanceof String || r instanceof String
              ? String.valueOf(l) + r
              : ((Number) l).longValue() + ((Number) r).longValue() <= Integer.MAX_VALUE
                  ? (Object) (int) (((Number) l).longValue() + ((Number) r).longValue())
                  : (Object) (((Number) l).longValue() + ((Number) r).longValue());
      case MINUS ->
          l instanceof Number x && r instanceof Number y ? x.intValue() - y.intValue() : null;
      case MULTIPLY ->
          l instanceof Number x && r instanceof Number y ? x.intValue() * y.intValue() : null;
      default -> null;
    };
  }

  /** A static final field named {@code name}, visible from {@code type}. */
  private Object constant(String name, SourceType type, int depth, Set<String> seen) {
    if (!seen.add(type.qualifiedName())) {
      return null;
    }
    TypeDeclaration<?> decl = type.declaration();
    boolean iface = decl instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    for (FieldDeclaration f : decl.getFields()) {
      if (!(iface || (f.isStatic() && f.isFinal()))) {
        continue;
      }
      for (VariableDeclarator v : f.getVariables()) {
        if (v.getNameAsString().equals(name) && v.getInitializer().isPresent()) {
          return evaluate(v.getInitializer().get(), type, depth + 1);
        }
      }
    }
    if (decl instanceof ClassOrInterfaceDeclaration c) {
      for (ClassOrInterfaceType parent : concat(c.getExtendedTypes(), c.getImplementedTypes())) {
        Optional<SourceType> p = index.resolve(parent.getNameWithScope(), type);
        if (p.isPresent()) {
          Object v = constant(name, p.get(), depth + 1, seen);
          if (v != null) {
            return v;
          }
        }
      }
    }
    Optional<com.github.javaparser.ast.Node> outer = decl.getParentNode();
    if (outer.isPresent() && outer.get() instanceof TypeDeclaration<?> o) {
      Object v = constant(name, new SourceType(o, type.unit(), type.file()), depth + 1, seen);
      if (v != null) {
        return v;
      }
    }
    for (ImportDeclaration i : type.unit().getImports()) {
      if (i.isStatic() && !i.isAsterisk() && i.getNameAsString().endsWith("." + name)) {
        String owner = i.getNameAsString().substring(0, i.getNameAsString().lastIndexOf('.'));
        Optional<SourceType> o = index.resolve(owner, type);
        if (o.isPresent()) {
          return constant(name, o.get(), depth + 1, seen);
        }
      }
    }
    return null;
  }

  private static List<ClassOrInterfaceType> concat(
      List<ClassOrInterfaceType> a, List<ClassOrInterfaceType> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
