package io.schemaforge.codegen.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {
  private static final LayoutGraph.Size CARD = new LayoutGraph.Size(220, 150);

  @Test
  void theOneSideOfARelationshipIsLeftOfTheManySide() {
    Map<String, LayoutGraph.Size> boxes = new LinkedHashMap<>();
    boxes.put("user", CARD);
    boxes.put("post", CARD);
    boxes.put("comment", CARD);
    LayoutGraph graph =
        new LayoutGraph(
            boxes,
            List.of(
                new LayoutGraph.Link("user", "post"),
                new LayoutGraph.Link("post", "comment"),
                new LayoutGraph.Link("user", "comment")),
            new LayoutGraph.Position(40, 60));

    Map<String, LayoutGraph.Position> p = LayeredLayout.arrange(graph);

    assertThat(p).containsOnlyKeys("user", "post", "comment");
    assertThat(p.get("user").x()).isLessThan(p.get("post").x());
    assertThat(p.get("post").x()).isLessThan(p.get("comment").x());
    assertThat(p.values().stream().mapToDouble(LayoutGraph.Position::x).min().orElseThrow())
        .isEqualTo(40);
    assertThat(p.values().stream().mapToDouble(LayoutGraph.Position::y).min().orElseThrow())
        .isEqualTo(60);
  }

  @Test
  void boxesNeverOverlapAndTheResultIsTheSameEveryTime() {
    Map<String, LayoutGraph.Size> boxes = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      boxes.put("e" + i, new LayoutGraph.Size(200, 100 + 10 * i));
    }
    List<LayoutGraph.Link> links =
        List.of(
            new LayoutGraph.Link("e0", "e1"),
            new LayoutGraph.Link("e0", "e2"),
            new LayoutGraph.Link("e2", "e3"),
            new LayoutGraph.Link("e5", "e6"));
    LayoutGraph graph = new LayoutGraph(boxes, links, new LayoutGraph.Position(0, 0));

    Map<String, LayoutGraph.Position> first = LayeredLayout.arrange(graph);

    for (String a : boxes.keySet()) {
      for (String b : boxes.keySet()) {
        if (a.compareTo(b) < 0) {
          assertThat(overlap(first.get(a), boxes.get(a), first.get(b), boxes.get(b)))
              .as(a + " and " + b)
              .isFalse();
        }
      }
    }
    assertThat(LayeredLayout.arrange(graph)).isEqualTo(first);
  }

  @Test
  void membersOfAClusterStayTogetherAndOthersStayOutOfItsFrame() {
    Map<String, LayoutGraph.Size> boxes = new LinkedHashMap<>();
    for (String id : List.of("customer", "order", "item", "product")) {
      boxes.put(id, CARD);
    }
    LayoutGraph graph =
        new LayoutGraph(
            boxes,
            List.of(
                new LayoutGraph.Link("customer", "order"),
                new LayoutGraph.Link("order", "item"),
                new LayoutGraph.Link("product", "item")),
            Map.of("sales", List.of("customer", "order", "item")),
            new LayoutGraph.Position(0, 0));

    Map<String, LayoutGraph.Position> p = LayeredLayout.arrange(graph);

    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (String id : List.of("customer", "order", "item")) {
      minX = Math.min(minX, p.get(id).x());
      minY = Math.min(minY, p.get(id).y());
      maxX = Math.max(maxX, p.get(id).x() + CARD.width());
      maxY = Math.max(maxY, p.get(id).y() + CARD.height());
    }
    LayoutGraph.Position product = p.get("product");
    // The frame drawn around the members (with its margin) does not cover the outsider.
    double m = LayeredLayout.CLUSTER_MARGIN;
    boolean inside =
        product.x() + CARD.width() > minX - m
            && product.x() < maxX + m
            && product.y() + CARD.height() > minY - m - LayeredLayout.CLUSTER_TITLE
            && product.y() < maxY + m;
    assertThat(inside).isFalse();
  }

  @Test
  void aLargeGraphIsArrangedFasterWithoutOverlapsAndTheOneSideFirst() {
    // past LayeredLayout.LARGE boxes ELK runs with less crossing reduction: still a valid layout
    Map<String, LayoutGraph.Size> boxes = new LinkedHashMap<>();
    List<LayoutGraph.Link> links = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(42);
    int n = LayeredLayout.LARGE + 50;
    for (int i = 0; i < n; i++) {
      boxes.put("e" + i, new LayoutGraph.Size(200, 80 + 22 * random.nextInt(12)));
      if (i > 0) {
        // each box refers to an earlier one: a forest of trees, so "one" sides come first
        links.add(new LayoutGraph.Link("e" + random.nextInt(i), "e" + i));
      }
    }
    LayoutGraph graph = new LayoutGraph(boxes, links, new LayoutGraph.Position(0, 0));

    Map<String, LayoutGraph.Position> p = LayeredLayout.arrange(graph);

    assertThat(p).hasSize(n);
    List<String> ids = List.copyOf(boxes.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        assertThat(overlap(p.get(a), boxes.get(a), p.get(b), boxes.get(b)))
            .as(a + " and " + b)
            .isFalse();
      }
    }
    for (LayoutGraph.Link link : links) {
      assertThat(p.get(link.sourceId()).x())
          .as(link.toString())
          .isLessThan(p.get(link.targetId()).x());
    }
  }

  @Test
  void anEmptyGraphHasNoPositions() {
    assertThat(
            LayeredLayout.arrange(
                new LayoutGraph(Map.of(), List.of(), new LayoutGraph.Position(0, 0))))
        .isEmpty();
  }

  private static boolean overlap(
      LayoutGraph.Position p, LayoutGraph.Size s, LayoutGraph.Position q, LayoutGraph.Size t) {
    return p.x() < q.x() + t.width()
        && q.x() < p.x() + s.width()
        && p.y() < q.y() + t.height()
        && q.y() < p.y() + s.height();
  }
}
