package io.schemaforge.app.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.export.LineDiff.Kind;
import io.schemaforge.app.ui.export.LineDiff.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void keepsCommonLinesAndMarksTheChangedOnes() {
    List<Line> diff = LineDiff.of("a\nb\nc\n", "a\nB\nc\nd\n");
    assertThat(diff)
        .containsExactly(
            new Line(Kind.SAME, "a"),
            new Line(Kind.REMOVED, "b"),
            new Line(Kind.ADDED, "B"),
            new Line(Kind.SAME, "c"),
            new Line(Kind.ADDED, "d"),
            new Line(Kind.SAME, ""));
    assertThat(LineDiff.counts(diff)).isEqualTo("+2 −1");
  }

  @Test
  void aMissingOldTextIsAllAdded() {
    assertThat(LineDiff.of(null, "x\ny"))
        .containsExactly(new Line(Kind.ADDED, "x"), new Line(Kind.ADDED, "y"));
  }

  @Test
  void equalTextsHaveNoChanges() {
    assertThat(LineDiff.of("x\r\ny", "x\ny")).allMatch(l -> l.kind() == Kind.SAME).hasSize(2);
  }
}
