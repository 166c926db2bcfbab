package io.schemaforge.codegen.layout;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a layout needs to know, detached from the live model so it can be computed on another
 * thread: one box per entity (its id and card size) and one link per relationship between two
 * different boxes, read from source ("one" side) to target.
 *
 * @param boxes entity id to card size, in the order entities appear in the schema
 * @param links source and target entity ids of each relationship
 * @param clusters boxes that must stay together (a group, or subject area, by id to its member box
 *     ids); a box belongs to at most one cluster
 * @param origin where the top-left of the laid-out boxes goes (model units)
 */
public record LayoutGraph(
    Map<String, Size> boxes,
    List<Link> links,
    Map<String, List<String>> clusters,
    Position origin) {

  /** A card's width and height. */
  public record Size(double width, double height) {}

  /** A top-left corner. */
  public record Position(double x, double y) {}

  /** A relationship between two laid-out entities. */
  public record Link(String sourceId, String targetId) {}

  public LayoutGraph {
    boxes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
    links = List.copyOf(links);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    clusters.forEach((id, members) -> copy.put(id, List.copyOf(members)));
    clusters = java.util.Collections.unmodifiableMap(copy);
  }

  /** A graph without clusters. */
  public LayoutGraph(Map<String, Size> boxes, List<Link> links, Position origin) {
    this(boxes, links, Map.of(), origin);
  }

  /**
   * Reads a model's entities (all, or only {@code subset} when not null) with their card sizes.
   * Entities without a size get {@code defaultSize}; relationships to entities outside the subset
   * and self references are left out, since they cannot change where a box goes.
   */
  public static LayoutGraph of(
      Model model, Map<String, Size> sizes, Size defaultSize, Set<String> subset, Position origin) {
    Map<String, Size> boxes = new LinkedHashMap<>();
    for (Entity e : model.schema().entities()) {
      if (subset == null || subset.contains(e.id())) {
        boxes.put(e.id(), sizes.getOrDefault(e.id(), defaultSize));
      }
    }
    List<Link> links = new ArrayList<>();
    for (Relationship r : model.schema().relationships()) {
      if (!r.isSelfReferencing()
          && boxes.containsKey(r.sourceEntityId())
          && boxes.containsKey(r.targetEntityId())) {
        links.add(new Link(r.sourceEntityId(), r.targetEntityId()));
      }
    }
    // Groups become clusters when all their members are laid out; a member of two groups stays
    // with the first.
    Map<String, List<String>> clusters = new LinkedHashMap<>();
    Set<String> clustered = new java.util.HashSet<>();
    for (Group g : model.layout().groups()) {
      if (!g.entityIds().isEmpty() && boxes.keySet().containsAll(g.entityIds())) {
        List<String> members = new ArrayList<>();
        for (String id : g.entityIds()) {
          if (clustered.add(id)) {
            members.add(id);
          }
        }
        if (!members.isEmpty()) {
          clusters.put(g.id(), members);
        }
      }
    }
    return new LayoutGraph(boxes, links, clusters, origin);
  }
}
