package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.layout.LayeredLayout;
import io.schemaforge.codegen.layout.LayoutGraph;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places imported entities with the designer's own auto-layout (ELK layered), so an imported
 * project is readable without moving a box, and Ctrl+L in the window gives the same picture.
 */
final class ImportLayout {
  /** Card title and padding, and one row per attribute, as the canvas draws them. */
  static final double HEADER = 36;

  static final double ROW = 20;

  private ImportLayout() {}

  static Map<String, Bounds> arrange(List<EntityDraft> drafts, List<Relationship> relationships) {
    Map<String, LayoutGraph.Size> boxes = new LinkedHashMap<>();
    for (EntityDraft d : drafts) {
      boxes.put(
          d.entityId(),
          new LayoutGraph.Size(Layout.DEFAULT_WIDTH, HEADER + ROW * d.attributes().size()));
    }
    List<LayoutGraph.Link> links = new ArrayList<>();
    for (Relationship r : relationships) {
      if (!r.isSelfReferencing()) {
        links.add(new LayoutGraph.Link(r.sourceEntityId(), r.targetEntityId()));
      }
    }
    Map<String, LayoutGraph.Position> at =
        LayeredLayout.arrange(new LayoutGraph(boxes, links, new LayoutGraph.Position(40, 40)));
    Map<String, Bounds> result = new HashMap<>();
    boxes.forEach(
        (id, size) -> {
          LayoutGraph.Position p = at.getOrDefault(id, new LayoutGraph.Position(40, 40));
          result.put(id, new Bounds(p.x(), p.y(), size.width(), size.height()));
        });
    return result;
  }
}
