package io.schemaforge.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Folds an annotation's members onto one line: {@code @Column(name = "id", nullable = false)}.
 * JavaPoet writes the annotations of classes and fields one member per line, which triples the
 * length of an entity; a single {@code value} member is written inline, so the members become the
 * text of one. {@code $W} lets JavaPoet wrap long annotations at its line width.
 */
final class InlineAnnotations {
  private InlineAnnotations() {}

  static AnnotationSpec inline(AnnotationSpec.Builder builder) {
    return inline(builder.build());
  }

  static AnnotationSpec inline(AnnotationSpec spec) {
    Map<String, List<CodeBlock>> members = spec.members();
    if (members.isEmpty()
        || (members.size() == 1
            && members.containsKey("value")
            && members.get("value").size() == 1)) {
      return spec;
    }
    List<CodeBlock> parts = new ArrayList<>();
    for (Map.Entry<String, List<CodeBlock>> m : members.entrySet()) {
      List<CodeBlock> values = m.getValue();
      CodeBlock value =
          values.size() == 1 ? values.get(0) : CodeBlock.of("{$L}", CodeBlock.join(values, ",$W"));
      parts.add(CodeBlock.of("$L = $L", m.getKey(), value));
    }
    return AnnotationSpec.builder((ClassName) spec.type())
        .addMember("value", "$L", CodeBlock.join(parts, ",$W"))
        .build();
  }
}
