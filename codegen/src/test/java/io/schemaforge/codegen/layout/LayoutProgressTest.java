package io.schemaforge.codegen.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class LayoutProgressTest {
  private static LayoutGraph chain(int n) {
    Map<String, LayoutGraph.Size> boxes = new LinkedHashMap<>();
    List<LayoutGraph.Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boxes.put("e" + i, new LayoutGraph.Size(200, 120));
      if (i > 0) {
        links.add(new LayoutGraph.Link("e" + (i - 1), "e" + i));
      }
    }
    return new LayoutGraph(boxes, links, new LayoutGraph.Position(0, 0));
  }

  @Test
  void reportsThePhasesElkRuns() {
    List<String> phases = new ArrayList<>();
    Map<String, LayoutGraph.Position> p =
        LayeredLayout.arrange(
            chain(6),
            new LayoutProgress() {
              @Override
              public boolean isCancelled() {
                return false;
              }

              @Override
              public void phase(String name) {
                phases.add(name);
              }
            });

    assertThat(p).hasSize(6);
    assertThat(phases).hasSizeGreaterThan(3);
  }

  @Test
  void aCancelledLayoutGivesNoResult() {
    List<String> phases = new ArrayList<>();
    LayoutProgress cancelAfterTwoPhases =
        new LayoutProgress() {
          @Override
          public boolean isCancelled() {
            return phases.size() >= 2;
          }

          @Override
          public void phase(String name) {
            phases.add(name);
          }
        };

    assertThatThrownBy(() -> LayeredLayout.arrange(chain(30), cancelAfterTwoPhases))
        .isInstanceOf(CancellationException.class);
  }
}
