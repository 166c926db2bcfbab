package io.schemaforge.codegen.importer.jpa;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every type declared in the parsed sources, found by simple or qualified name the way the Java
 * compiler would from a given file: same file, explicit import, same package, wildcard import.
 */
final class SourceIndex {
  /** A declared type and the file it came from. */
  record SourceType(TypeDeclaration<?> declaration, CompilationUnit unit, String file) {
    String simpleName() {
      return declaration.getNameAsString();
    }

    String packageName() {
      return unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }

    String qualifiedName() {
      return declaration.getFullyQualifiedName().orElse(simpleName());
    }

    SourcePosition position(com.github.javaparser.ast.Node node) {
      return new SourcePosition(file, node.getBegin().map(p -> p.line).orElse(0));
    }
  }

  private final Map<String, List<SourceType>> bySimpleName = new HashMap<>();
  private final Map<String, SourceType> byQualifiedName = new HashMap<>();
  private final List<SourceType> all = new ArrayList<>();

  void add(CompilationUnit unit, String file) {
    for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
      SourceType st = new SourceType(t, unit, file);
      all.add(st);
      bySimpleName.computeIfAbsent(t.getNameAsString(), k -> new ArrayList<>()).add(st);
      t.getFullyQualifiedName().ifPresent(q -> byQualifiedName.put(q, st));
    }
  }

  List<SourceType> all() {
    return all;
  }

  /** The type a name written in {@code from} refers to, if it is declared in the sources. */
  Optional<SourceType> resolve(String name, SourceType from) {
    if (name == null) {
      return Optional.empty();
    }
    String n = stripGenerics(name);
    if (byQualifiedName.containsKey(n)) {
      return Optional.of(byQualifiedName.get(n));
    }
    String simple = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : n;
    List<SourceType> candidates = bySimpleName.getOrDefault(simple, List.of());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    if (candidates.size() == 1 || from == null) {
      return Optional.of(candidates.get(0));
    }
    for (SourceType c : candidates) {
      if (c.unit() == from.unit()) {
        return Optional.of(c);
      }
    }
    for (ImportDeclaration i : from.unit().getImports()) {
      if (!i.isAsterisk() && i.getNameAsString().endsWith("." + simple)) {
        SourceType t = byQualifiedName.get(i.getNameAsString());
        if (t != null) {
          return Optional.of(t);
        }
      }
    }
    for (SourceType c : candidates) {
      if (c.packageName().equals(from.packageName())) {
        return Optional.of(c);
      }
    }
    return Optional.of(candidates.get(0));
  }

  static String stripGenerics(String type) {
    int lt = type.indexOf('<');
    return (lt < 0 ? type : type.substring(0, lt)).trim();
  }
}
