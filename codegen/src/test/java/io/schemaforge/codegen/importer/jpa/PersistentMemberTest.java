package io.schemaforge.codegen.importer.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.AnnotationExpr;
import io.schemaforge.codegen.importer.jpa.SourceIndex.SourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersistentMemberTest {
  private static final String SOURCE =
      """
      import jakarta.persistence.*;

      @Entity
      class Line {
        @JoinColumn(name = "a")
        @JoinColumns({@JoinColumn(name = "b"), @JoinColumn(name = "c")})
        Order both;

        @JoinColumns(@JoinColumn(name = "d"))
        Order containerWithOne;

        @ManyToOne
        Order none;

        @JoinTable(name = "t", joinColumns = @JoinColumn(name = "e"))
        List<Order> table;
      }
      """;

  private static PersistentMember member(String name) {
    CompilationUnit unit = StaticJavaParser.parse(SOURCE);
    SourceType line = new SourceType(unit.getType(0), unit, "Line.java");
    return PersistentMember.declaredBy(line).stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> names(List<AnnotationExpr> annotations) {
    return annotations.stream()
        .map(a -> PersistenceAnnotations.member(a, "name").orElseThrow().toString())
        .toList();
  }

  @Test
  void aRepeatedAnnotationIsTheSingleOneThenTheContainersInTheirOrder() {
    assertThat(names(member("both").findRepeated("JoinColumn", "JoinColumns")))
        .containsExactly("\"a\"", "\"b\"", "\"c\"");
  }

  @Test
  void aContainerMayHoldOneAnnotationWithoutBraces() {
    assertThat(names(member("containerWithOne").findRepeated("JoinColumn", "JoinColumns")))
        .containsExactly("\"d\"");
  }

  @Test
  void neitherGivenIsNone() {
    assertThat(member("none").findRepeated("JoinColumn", "JoinColumns")).isEmpty();
  }

  @Test
  void theAnnotationsInAMemberAreNoneWhenTheMemberIsNotGiven() {
    AnnotationExpr joinTable = member("table").find("JoinTable").orElseThrow();

    assertThat(names(PersistenceAnnotations.annotationsIn(joinTable, "joinColumns")))
        .containsExactly("\"e\"");
    assertThat(PersistenceAnnotations.annotationsIn(joinTable, "inverseJoinColumns")).isEmpty();
  }
}
