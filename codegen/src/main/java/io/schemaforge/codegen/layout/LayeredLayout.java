package io.schemaforge.codegen.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Arranges entity boxes with ELK's layered algorithm (Sugiyama style): the "one" side of each
 * relationship left of the "many" side, layers left to right, orthogonal edges in mind, connected
 * groups packed apart, and the members of a cluster (a subject area) kept together inside it. Pure
 * Java and deterministic for the same input, so the designer's auto-layout and the project importer
 * place boxes the same way.
 */
public final class LayeredLayout {
  /** Space between boxes in one layer. */
  public static final double NODE_SPACING = 70;

  /** Space between layers: room for crow's feet and navigation names. */
  public static final double LAYER_SPACING = 150;

  /** Space between a cluster's frame and its boxes. */
  public static final double CLUSTER_MARGIN = 30;

  /** Room for a cluster's title above its boxes. */
  public static final double CLUSTER_TITLE = 30;

  /** Above this many boxes a layout trades some crossing reduction for time. */
  static final int LARGE = 200;

  private static volatile boolean registered;

  private LayeredLayout() {}

  /** Top-left positions for every box of the graph, starting at the graph's origin. */
  public static Map<String, LayoutGraph.Position> arrange(LayoutGraph graph) {
    return arrange(graph, LayoutProgress.NONE);
  }

  /**
   * As {@link #arrange(LayoutGraph)}, telling {@code progress} the phases and stopping when it says
   * so.
   *
   * @throws java.util.concurrent.CancellationException when cancelled; nothing is returned then
   */
  public static Map<String, LayoutGraph.Position> arrange(
      LayoutGraph graph, LayoutProgress progress) {
    if (graph.boxes().isEmpty()) {
      return Map.of();
    }
    register();
    ElkNode root = ElkGraphUtil.createGraph();
    boolean large = graph.boxes().size() > LARGE;
    configure(root, large);
    // One graph over clusters and the rest costs ELK its compound pre- and post-processing;
    // without clusters there is nothing nested to include.
    if (!graph.clusters().isEmpty()) {
      root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    }
    Map<String, ElkNode> clusterNodes = new LinkedHashMap<>();
    Map<String, ElkNode> parentOf = new HashMap<>();
    graph
        .clusters()
        .forEach(
            (id, members) -> {
              ElkNode c = ElkGraphUtil.createNode(root);
              c.setIdentifier(id);
              c.setProperty(
                  CoreOptions.PADDING,
                  new ElkPadding(
                      CLUSTER_MARGIN + CLUSTER_TITLE,
                      CLUSTER_MARGIN,
                      CLUSTER_MARGIN,
                      CLUSTER_MARGIN));
              // Options are per parent: a cluster lays its members out as the root does.
              configure(c, large);
              clusterNodes.put(id, c);
              members.forEach(m -> parentOf.put(m, c));
            });
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    graph
        .boxes()
        .forEach(
            (id, size) -> {
              ElkNode n = ElkGraphUtil.createNode(parentOf.getOrDefault(id, root));
              n.setIdentifier(id);
              n.setDimensions(size.width(), size.height());
              nodes.put(id, n);
            });
    for (LayoutGraph.Link link : graph.links()) {
      ElkGraphUtil.createSimpleEdge(nodes.get(link.sourceId()), nodes.get(link.targetId()));
    }
    new RecursiveGraphLayoutEngine().layout(root, new CancellableProgressMonitor(progress));
    // ELK stops between phases and leaves the graph half arranged: no result rather than that.
    if (progress.isCancelled()) {
      throw new java.util.concurrent.CancellationException("layout cancelled");
    }
    Map<String, double[]> absolute = new LinkedHashMap<>();
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    for (Map.Entry<String, ElkNode> e : nodes.entrySet()) {
      ElkNode n = e.getValue();
      // Positions are relative to the parent: a cluster member adds its cluster's corner.
      ElkNode parent = n.getParent();
      double x = n.getX() + (parent == root ? 0 : parent.getX());
      double y = n.getY() + (parent == root ? 0 : parent.getY());
      absolute.put(e.getKey(), new double[] {x, y});
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
    }
    Map<String, LayoutGraph.Position> result = new HashMap<>();
    for (Map.Entry<String, double[]> e : absolute.entrySet()) {
      result.put(
          e.getKey(),
          new LayoutGraph.Position(
              Math.round(graph.origin().x() + e.getValue()[0] - minX),
              Math.round(graph.origin().y() + e.getValue()[1] - minY)));
    }
    return result;
  }

  private static void configure(ElkNode parent, boolean large) {
    parent.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    parent.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    parent.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    parent.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
    parent.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
    parent.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, LAYER_SPACING);
    parent.setProperty(LayeredOptions.SPACING_EDGE_NODE, 30.0);
    parent.setProperty(LayeredOptions.RANDOM_SEED, 1);
    if (large) {
      // Crossing minimisation (restarted THOROUGHNESS times from random orders) and network-simplex
      // layering (iterations bounded by it) were two thirds of a 1,000-entity layout at the default
      // of 7. One pass halves the time; on a diagram that size the extra passes removed crossings
      // nobody could see. Small models keep the default, where they do show.
      parent.setProperty(LayeredOptions.THOROUGHNESS, 1);
    }
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
