package io.schemaforge.codegen.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Arranges entity boxes with ELK's layered algorithm (Sugiyama style): the "one" side of each
 * relationship left of the "many" side, layers left to right, orthogonal edges in mind, connected
 * groups packed apart. Pure Java and deterministic for the same input, so the designer's
 * auto-layout and the project importer place boxes the same way.
 */
public final class LayeredLayout {
  /** Space between boxes in one layer. */
  public static final double NODE_SPACING = 70;

  /** Space between layers: room for crow's feet and navigation names. */
  public static final double LAYER_SPACING = 150;

  private static volatile boolean registered;

  private LayeredLayout() {}

  /** Top-left positions for every box of the graph, starting at the graph's origin. */
  public static Map<String, LayoutGraph.Position> arrange(LayoutGraph graph) {
    if (graph.boxes().isEmpty()) {
      return Map.of();
    }
    register();
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
    root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, LAYER_SPACING);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 30.0);
    root.setProperty(LayeredOptions.RANDOM_SEED, 1);
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    graph
        .boxes()
        .forEach(
            (id, size) -> {
              ElkNode n = ElkGraphUtil.createNode(root);
              n.setIdentifier(id);
              n.setDimensions(size.width(), size.height());
              nodes.put(id, n);
            });
    for (LayoutGraph.Link link : graph.links()) {
      ElkGraphUtil.createSimpleEdge(nodes.get(link.sourceId()), nodes.get(link.targetId()));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    for (ElkNode n : nodes.values()) {
      minX = Math.min(minX, n.getX());
      minY = Math.min(minY, n.getY());
    }
    Map<String, LayoutGraph.Position> result = new HashMap<>();
    for (Map.Entry<String, ElkNode> e : nodes.entrySet()) {
      ElkNode n = e.getValue();
      result.put(
          e.getKey(),
          new LayoutGraph.Position(
              Math.round(graph.origin().x() + n.getX() - minX),
              Math.round(graph.origin().y() + n.getY() - minY)));
    }
    return result;
  }

  // ELK finds algorithms through its metadata service; outside OSGi the layered one may not be
  // registered yet (a shaded jar can lose the service file), so register it once ourselves.
  private static synchronized void register() {
    if (registered) {
      return;
    }
    LayoutMetaDataService service = LayoutMetaDataService.getInstance();
    if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
      service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }
    registered = true;
  }
}
